//! Typed actions generated from the Asterisk 22.10.1 interface facts by `ami-gen`
//! (`cargo run -p ami-gen`); do not edit. 129 actions are generated here, 25 are
//! hand-written beside this module.

use crate::Action;
use crate::actions::{ActionSpec, ListRule, SpecCompletion};
use crate::actions::{
    Challenge, Command, CoreSettings, CoreShowChannels, CoreStatus, Events, Filter, Getvar, Hangup,
    ListCommands, Login, Logoff, Originate, PJSIPShowEndpoint, PJSIPShowEndpoints, Ping, QueueAdd,
    QueuePause, QueueRemove, QueueStatus, QueueSummary, Redirect, Setvar, Status, UserEvent,
};

/// `AGI`: from `res_agi`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AGI {
    /// `Channel:` (required).
    pub channel: String,
    /// `Command:` (required).
    pub command: String,
    /// `CommandID:`.
    pub command_id: Option<String>,
}

impl AGI {
    /// The `Action:` value.
    pub const NAME: &'static str = "AGI";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, command: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            command: command.into(),
            command_id: None,
        }
    }

    /// Sets `CommandID:`.
    #[must_use]
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.command_id = Some(value.into());
        self
    }
}

impl crate::Action for AGI {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Command", &self.command)?;
        w.opt_header("CommandID", self.command_id.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`AOCMessage`]'s `MsgType:` parameter; [`AOCMessageMsgType::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageMsgType {
    /// `S`.
    S,
    /// `D`.
    D,
    /// `E`.
    E,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageMsgType {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S => "S",
            Self::D => "D",
            Self::E => "E",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageMsgType {
    fn from(s: &str) -> Self {
        match s {
            "S" => Self::S,
            "D" => Self::D,
            "E" => Self::E,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `ChargeType:` parameter; [`AOCMessageChargeType::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageChargeType {
    /// `NA`.
    NA,
    /// `FREE`.
    FREE,
    /// `Currency`.
    Currency,
    /// `Unit`.
    Unit,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageChargeType {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NA => "NA",
            Self::FREE => "FREE",
            Self::Currency => "Currency",
            Self::Unit => "Unit",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageChargeType {
    fn from(s: &str) -> Self {
        match s {
            "NA" => Self::NA,
            "FREE" => Self::FREE,
            "Currency" => Self::Currency,
            "Unit" => Self::Unit,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `CurrencyMultiplier:` parameter; [`AOCMessageCurrencyMultiplier::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageCurrencyMultiplier {
    /// `OneThousandth`.
    OneThousandth,
    /// `OneHundredth`.
    OneHundredth,
    /// `OneTenth`.
    OneTenth,
    /// `One`.
    One,
    /// `Ten`.
    Ten,
    /// `Hundred`.
    Hundred,
    /// `Thousand`.
    Thousand,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageCurrencyMultiplier {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneThousandth => "OneThousandth",
            Self::OneHundredth => "OneHundredth",
            Self::OneTenth => "OneTenth",
            Self::One => "One",
            Self::Ten => "Ten",
            Self::Hundred => "Hundred",
            Self::Thousand => "Thousand",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageCurrencyMultiplier {
    fn from(s: &str) -> Self {
        match s {
            "OneThousandth" => Self::OneThousandth,
            "OneHundredth" => Self::OneHundredth,
            "OneTenth" => Self::OneTenth,
            "One" => Self::One,
            "Ten" => Self::Ten,
            "Hundred" => Self::Hundred,
            "Thousand" => Self::Thousand,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `TotalType:` parameter; [`AOCMessageTotalType::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageTotalType {
    /// `Total`.
    Total,
    /// `SubTotal`.
    SubTotal,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageTotalType {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Total => "Total",
            Self::SubTotal => "SubTotal",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageTotalType {
    fn from(s: &str) -> Self {
        match s {
            "Total" => Self::Total,
            "SubTotal" => Self::SubTotal,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `AOCBillingId:` parameter; [`AOCMessageAOCBillingId::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageAOCBillingId {
    /// `Normal`.
    Normal,
    /// `ReverseCharge`.
    ReverseCharge,
    /// `CreditCard`.
    CreditCard,
    /// `CallFwdUnconditional`.
    CallFwdUnconditional,
    /// `CallFwdBusy`.
    CallFwdBusy,
    /// `CallFwdNoReply`.
    CallFwdNoReply,
    /// `CallDeflection`.
    CallDeflection,
    /// `CallTransfer`.
    CallTransfer,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageAOCBillingId {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "Normal",
            Self::ReverseCharge => "ReverseCharge",
            Self::CreditCard => "CreditCard",
            Self::CallFwdUnconditional => "CallFwdUnconditional",
            Self::CallFwdBusy => "CallFwdBusy",
            Self::CallFwdNoReply => "CallFwdNoReply",
            Self::CallDeflection => "CallDeflection",
            Self::CallTransfer => "CallTransfer",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageAOCBillingId {
    fn from(s: &str) -> Self {
        match s {
            "Normal" => Self::Normal,
            "ReverseCharge" => Self::ReverseCharge,
            "CreditCard" => Self::CreditCard,
            "CallFwdUnconditional" => Self::CallFwdUnconditional,
            "CallFwdBusy" => Self::CallFwdBusy,
            "CallFwdNoReply" => Self::CallFwdNoReply,
            "CallDeflection" => Self::CallDeflection,
            "CallTransfer" => Self::CallTransfer,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `ChargedItem:` parameter; [`AOCMessageChargedItem::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageChargedItem {
    /// `NA`.
    NA,
    /// `SpecialArrangement`.
    SpecialArrangement,
    /// `BasicCommunication`.
    BasicCommunication,
    /// `CallAttempt`.
    CallAttempt,
    /// `CallSetup`.
    CallSetup,
    /// `UserUserInfo`.
    UserUserInfo,
    /// `SupplementaryService`.
    SupplementaryService,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageChargedItem {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NA => "NA",
            Self::SpecialArrangement => "SpecialArrangement",
            Self::BasicCommunication => "BasicCommunication",
            Self::CallAttempt => "CallAttempt",
            Self::CallSetup => "CallSetup",
            Self::UserUserInfo => "UserUserInfo",
            Self::SupplementaryService => "SupplementaryService",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageChargedItem {
    fn from(s: &str) -> Self {
        match s {
            "NA" => Self::NA,
            "SpecialArrangement" => Self::SpecialArrangement,
            "BasicCommunication" => Self::BasicCommunication,
            "CallAttempt" => Self::CallAttempt,
            "CallSetup" => Self::CallSetup,
            "UserUserInfo" => Self::UserUserInfo,
            "SupplementaryService" => Self::SupplementaryService,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `RateType:` parameter; [`AOCMessageRateType::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageRateType {
    /// `NA`.
    NA,
    /// `Free`.
    Free,
    /// `FreeFromBeginning`.
    FreeFromBeginning,
    /// `Duration`.
    Duration,
    /// `Flat`.
    Flat,
    /// `Volume`.
    Volume,
    /// `SpecialCode`.
    SpecialCode,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageRateType {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NA => "NA",
            Self::Free => "Free",
            Self::FreeFromBeginning => "FreeFromBeginning",
            Self::Duration => "Duration",
            Self::Flat => "Flat",
            Self::Volume => "Volume",
            Self::SpecialCode => "SpecialCode",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageRateType {
    fn from(s: &str) -> Self {
        match s {
            "NA" => Self::NA,
            "Free" => Self::Free,
            "FreeFromBeginning" => Self::FreeFromBeginning,
            "Duration" => Self::Duration,
            "Flat" => Self::Flat,
            "Volume" => Self::Volume,
            "SpecialCode" => Self::SpecialCode,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `TimeScale:` parameter; [`AOCMessageTimeScale::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageTimeScale {
    /// `OneHundredthSecond`.
    OneHundredthSecond,
    /// `OneTenthSecond`.
    OneTenthSecond,
    /// `Second`.
    Second,
    /// `TenSeconds`.
    TenSeconds,
    /// `Minute`.
    Minute,
    /// `Hour`.
    Hour,
    /// `Day`.
    Day,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageTimeScale {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneHundredthSecond => "OneHundredthSecond",
            Self::OneTenthSecond => "OneTenthSecond",
            Self::Second => "Second",
            Self::TenSeconds => "TenSeconds",
            Self::Minute => "Minute",
            Self::Hour => "Hour",
            Self::Day => "Day",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageTimeScale {
    fn from(s: &str) -> Self {
        match s {
            "OneHundredthSecond" => Self::OneHundredthSecond,
            "OneTenthSecond" => Self::OneTenthSecond,
            "Second" => Self::Second,
            "TenSeconds" => Self::TenSeconds,
            "Minute" => Self::Minute,
            "Hour" => Self::Hour,
            "Day" => Self::Day,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `GranularityTimeScale:` parameter; [`AOCMessageGranularityTimeScale::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageGranularityTimeScale {
    /// `OneHundredthSecond`.
    OneHundredthSecond,
    /// `OneTenthSecond`.
    OneTenthSecond,
    /// `Second`.
    Second,
    /// `TenSeconds`.
    TenSeconds,
    /// `Minute`.
    Minute,
    /// `Hour`.
    Hour,
    /// `Day`.
    Day,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageGranularityTimeScale {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneHundredthSecond => "OneHundredthSecond",
            Self::OneTenthSecond => "OneTenthSecond",
            Self::Second => "Second",
            Self::TenSeconds => "TenSeconds",
            Self::Minute => "Minute",
            Self::Hour => "Hour",
            Self::Day => "Day",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageGranularityTimeScale {
    fn from(s: &str) -> Self {
        match s {
            "OneHundredthSecond" => Self::OneHundredthSecond,
            "OneTenthSecond" => Self::OneTenthSecond,
            "Second" => Self::Second,
            "TenSeconds" => Self::TenSeconds,
            "Minute" => Self::Minute,
            "Hour" => Self::Hour,
            "Day" => Self::Day,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `ChargingType:` parameter; [`AOCMessageChargingType::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageChargingType {
    /// `ContinuousCharging`.
    ContinuousCharging,
    /// `StepFunction`.
    StepFunction,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageChargingType {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContinuousCharging => "ContinuousCharging",
            Self::StepFunction => "StepFunction",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageChargingType {
    fn from(s: &str) -> Self {
        match s {
            "ContinuousCharging" => Self::ContinuousCharging,
            "StepFunction" => Self::StepFunction,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`AOCMessage`]'s `VolumeUnit:` parameter; [`AOCMessageVolumeUnit::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AOCMessageVolumeUnit {
    /// `Octet`.
    Octet,
    /// `Segment`.
    Segment,
    /// `Message`.
    Message,
    /// Any other value, sent as is.
    Other(String),
}

impl AOCMessageVolumeUnit {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Octet => "Octet",
            Self::Segment => "Segment",
            Self::Message => "Message",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for AOCMessageVolumeUnit {
    fn from(s: &str) -> Self {
        match s {
            "Octet" => Self::Octet,
            "Segment" => Self::Segment,
            "Message" => Self::Message,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// One numbered group of [`AOCMessage`]'s parameters (sent as `Name(0)`, numbered from 0).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AOCMessageItem {
    /// `UnitAmount:`.
    pub unit_amount: Option<String>,
    /// `UnitType:`.
    pub unit_type: Option<String>,
}

impl AOCMessageItem {
    /// An empty group.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `UnitAmount:`.
    #[must_use]
    pub fn unit_amount(mut self, value: impl Into<String>) -> Self {
        self.unit_amount = Some(value.into());
        self
    }

    /// Sets `UnitType:`.
    #[must_use]
    pub fn unit_type(mut self, value: impl Into<String>) -> Self {
        self.unit_type = Some(value.into());
        self
    }
}

/// `AOCMessage`: from `builtin`, since Asterisk 1.8.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AOCMessage {
    /// `Channel:`.
    pub channel: Option<String>,
    /// `ChannelPrefix:`.
    pub channel_prefix: Option<String>,
    /// `MsgType:` (required).
    pub msg_type: AOCMessageMsgType,
    /// `ChargeType:`.
    pub charge_type: Option<AOCMessageChargeType>,
    /// `CurrencyName:`.
    pub currency_name: Option<String>,
    /// `CurrencyAmount:`.
    pub currency_amount: Option<String>,
    /// `CurrencyMultiplier:`.
    pub currency_multiplier: Option<AOCMessageCurrencyMultiplier>,
    /// `TotalType:`.
    pub total_type: Option<AOCMessageTotalType>,
    /// `AOCBillingId:`.
    pub aoc_billing_id: Option<AOCMessageAOCBillingId>,
    /// `ChargingAssociationId:`.
    pub charging_association_id: Option<String>,
    /// `ChargingAssociationNumber:`.
    pub charging_association_number: Option<String>,
    /// `ChargingAssociationPlan:`.
    pub charging_association_plan: Option<String>,
    /// `ChargedItem:`.
    pub charged_item: Option<AOCMessageChargedItem>,
    /// `RateType:`.
    pub rate_type: Option<AOCMessageRateType>,
    /// `Time:`.
    pub time: Option<String>,
    /// `TimeScale:`.
    pub time_scale: Option<AOCMessageTimeScale>,
    /// `Granularity:`.
    pub granularity: Option<String>,
    /// `GranularityTimeScale:`.
    pub granularity_time_scale: Option<AOCMessageGranularityTimeScale>,
    /// `ChargingType:`.
    pub charging_type: Option<AOCMessageChargingType>,
    /// `VolumeUnit:`.
    pub volume_unit: Option<AOCMessageVolumeUnit>,
    /// `Code:`.
    pub code: Option<String>,
    /// Numbered parameter groups, in order.
    pub items: Vec<AOCMessageItem>,
}

impl AOCMessage {
    /// The `Action:` value.
    pub const NAME: &'static str = "AOCMessage";

    /// The action with its required parameters.
    pub fn new(msg_type: AOCMessageMsgType) -> Self {
        Self {
            channel: None,
            channel_prefix: None,
            msg_type,
            charge_type: None,
            currency_name: None,
            currency_amount: None,
            currency_multiplier: None,
            total_type: None,
            aoc_billing_id: None,
            charging_association_id: None,
            charging_association_number: None,
            charging_association_plan: None,
            charged_item: None,
            rate_type: None,
            time: None,
            time_scale: None,
            granularity: None,
            granularity_time_scale: None,
            charging_type: None,
            volume_unit: None,
            code: None,
            items: Vec::new(),
        }
    }

    /// Sets `Channel:`.
    #[must_use]
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }

    /// Sets `ChannelPrefix:`.
    #[must_use]
    pub fn channel_prefix(mut self, value: impl Into<String>) -> Self {
        self.channel_prefix = Some(value.into());
        self
    }

    /// Sets `ChargeType:`.
    #[must_use]
    pub fn charge_type(mut self, value: AOCMessageChargeType) -> Self {
        self.charge_type = Some(value);
        self
    }

    /// Sets `CurrencyName:`.
    #[must_use]
    pub fn currency_name(mut self, value: impl Into<String>) -> Self {
        self.currency_name = Some(value.into());
        self
    }

    /// Sets `CurrencyAmount:`.
    #[must_use]
    pub fn currency_amount(mut self, value: impl Into<String>) -> Self {
        self.currency_amount = Some(value.into());
        self
    }

    /// Sets `CurrencyMultiplier:`.
    #[must_use]
    pub fn currency_multiplier(mut self, value: AOCMessageCurrencyMultiplier) -> Self {
        self.currency_multiplier = Some(value);
        self
    }

    /// Sets `TotalType:`.
    #[must_use]
    pub fn total_type(mut self, value: AOCMessageTotalType) -> Self {
        self.total_type = Some(value);
        self
    }

    /// Sets `AOCBillingId:`.
    #[must_use]
    pub fn aoc_billing_id(mut self, value: AOCMessageAOCBillingId) -> Self {
        self.aoc_billing_id = Some(value);
        self
    }

    /// Sets `ChargingAssociationId:`.
    #[must_use]
    pub fn charging_association_id(mut self, value: impl Into<String>) -> Self {
        self.charging_association_id = Some(value.into());
        self
    }

    /// Sets `ChargingAssociationNumber:`.
    #[must_use]
    pub fn charging_association_number(mut self, value: impl Into<String>) -> Self {
        self.charging_association_number = Some(value.into());
        self
    }

    /// Sets `ChargingAssociationPlan:`.
    #[must_use]
    pub fn charging_association_plan(mut self, value: impl Into<String>) -> Self {
        self.charging_association_plan = Some(value.into());
        self
    }

    /// Sets `ChargedItem:`.
    #[must_use]
    pub fn charged_item(mut self, value: AOCMessageChargedItem) -> Self {
        self.charged_item = Some(value);
        self
    }

    /// Sets `RateType:`.
    #[must_use]
    pub fn rate_type(mut self, value: AOCMessageRateType) -> Self {
        self.rate_type = Some(value);
        self
    }

    /// Sets `Time:`.
    #[must_use]
    pub fn time(mut self, value: impl Into<String>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Sets `TimeScale:`.
    #[must_use]
    pub fn time_scale(mut self, value: AOCMessageTimeScale) -> Self {
        self.time_scale = Some(value);
        self
    }

    /// Sets `Granularity:`.
    #[must_use]
    pub fn granularity(mut self, value: impl Into<String>) -> Self {
        self.granularity = Some(value.into());
        self
    }

    /// Sets `GranularityTimeScale:`.
    #[must_use]
    pub fn granularity_time_scale(mut self, value: AOCMessageGranularityTimeScale) -> Self {
        self.granularity_time_scale = Some(value);
        self
    }

    /// Sets `ChargingType:`.
    #[must_use]
    pub fn charging_type(mut self, value: AOCMessageChargingType) -> Self {
        self.charging_type = Some(value);
        self
    }

    /// Sets `VolumeUnit:`.
    #[must_use]
    pub fn volume_unit(mut self, value: AOCMessageVolumeUnit) -> Self {
        self.volume_unit = Some(value);
        self
    }

    /// Sets `Code:`.
    #[must_use]
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Adds a numbered group.
    #[must_use]
    pub fn item(mut self, item: AOCMessageItem) -> Self {
        self.items.push(item);
        self
    }

    /// Adds numbered groups.
    #[must_use]
    pub fn items(mut self, items: impl IntoIterator<Item = AOCMessageItem>) -> Self {
        self.items.extend(items);
        self
    }
}

impl crate::Action for AOCMessage {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Channel", self.channel.as_deref())?;
        w.opt_header("ChannelPrefix", self.channel_prefix.as_deref())?;
        w.header("MsgType", self.msg_type.as_str())?;
        w.opt_header("ChargeType", self.charge_type.as_ref().map(|v| v.as_str()))?;
        w.opt_header("CurrencyName", self.currency_name.as_deref())?;
        w.opt_header("CurrencyAmount", self.currency_amount.as_deref())?;
        w.opt_header(
            "CurrencyMultiplier",
            self.currency_multiplier.as_ref().map(|v| v.as_str()),
        )?;
        w.opt_header("TotalType", self.total_type.as_ref().map(|v| v.as_str()))?;
        w.opt_header(
            "AOCBillingId",
            self.aoc_billing_id.as_ref().map(|v| v.as_str()),
        )?;
        w.opt_header(
            "ChargingAssociationId",
            self.charging_association_id.as_deref(),
        )?;
        w.opt_header(
            "ChargingAssociationNumber",
            self.charging_association_number.as_deref(),
        )?;
        w.opt_header(
            "ChargingAssociationPlan",
            self.charging_association_plan.as_deref(),
        )?;
        w.opt_header(
            "ChargedItem",
            self.charged_item.as_ref().map(|v| v.as_str()),
        )?;
        w.opt_header("RateType", self.rate_type.as_ref().map(|v| v.as_str()))?;
        w.opt_header("Time", self.time.as_deref())?;
        w.opt_header("TimeScale", self.time_scale.as_ref().map(|v| v.as_str()))?;
        w.opt_header("Granularity", self.granularity.as_deref())?;
        w.opt_header(
            "GranularityTimeScale",
            self.granularity_time_scale.as_ref().map(|v| v.as_str()),
        )?;
        w.opt_header(
            "ChargingType",
            self.charging_type.as_ref().map(|v| v.as_str()),
        )?;
        w.opt_header("VolumeUnit", self.volume_unit.as_ref().map(|v| v.as_str()))?;
        w.opt_header("Code", self.code.as_deref())?;
        for (i, item) in self.items.iter().enumerate() {
            w.opt_header(&format!("UnitAmount({i})"), item.unit_amount.as_deref())?;
            w.opt_header(&format!("UnitType({i})"), item.unit_type.as_deref())?;
        }
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `AbsoluteTimeout`: from `builtin`, since Asterisk 0.5.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsoluteTimeout {
    /// `Channel:` (required).
    pub channel: String,
    /// `Timeout:` (required).
    pub timeout: String,
}

impl AbsoluteTimeout {
    /// The `Action:` value.
    pub const NAME: &'static str = "AbsoluteTimeout";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, timeout: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            timeout: timeout.into(),
        }
    }
}

impl crate::Action for AbsoluteTimeout {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Timeout", &self.timeout)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `AgentLogoff`: from `app_agent_pool`, since Asterisk 1.2.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentLogoff {
    /// `Agent:` (required).
    pub agent: String,
    /// `Soft:`.
    pub soft: Option<String>,
}

impl AgentLogoff {
    /// The `Action:` value.
    pub const NAME: &'static str = "AgentLogoff";

    /// The action with its required parameters.
    pub fn new(agent: impl Into<String>) -> Self {
        Self {
            agent: agent.into(),
            soft: None,
        }
    }

    /// Sets `Soft:`.
    #[must_use]
    pub fn soft(mut self, value: impl Into<String>) -> Self {
        self.soft = Some(value.into());
        self
    }
}

impl crate::Action for AgentLogoff {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Agent", &self.agent)?;
        w.opt_header("Soft", self.soft.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `Agents`: from `app_agent_pool`, since Asterisk 1.2.0.
///
/// Completes as an event list ended by `AgentsComplete` (rule: Spec, event AgentsComplete in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Agents;

impl Agents {
    /// The `Action:` value.
    pub const NAME: &'static str = "Agents";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for Agents {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("AgentsComplete")
    }
}

/// `Atxfer`: from `builtin`, since Asterisk 1.6.1.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atxfer {
    /// `Channel:` (required).
    pub channel: String,
    /// `Exten:` (required).
    pub exten: String,
    /// `Context:`.
    pub context: Option<String>,
}

impl Atxfer {
    /// The `Action:` value.
    pub const NAME: &'static str = "Atxfer";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, exten: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            exten: exten.into(),
            context: None,
        }
    }

    /// Sets `Context:`.
    #[must_use]
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }
}

impl crate::Action for Atxfer {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Exten", &self.exten)?;
        w.opt_header("Context", self.context.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `BlindTransfer`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlindTransfer {
    /// `Channel:` (required).
    pub channel: String,
    /// `Context:`.
    pub context: Option<String>,
    /// `Exten:`.
    pub exten: Option<String>,
}

impl BlindTransfer {
    /// The `Action:` value.
    pub const NAME: &'static str = "BlindTransfer";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            context: None,
            exten: None,
        }
    }

    /// Sets `Context:`.
    #[must_use]
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }

    /// Sets `Exten:`.
    #[must_use]
    pub fn exten(mut self, value: impl Into<String>) -> Self {
        self.exten = Some(value.into());
        self
    }
}

impl crate::Action for BlindTransfer {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.opt_header("Context", self.context.as_deref())?;
        w.opt_header("Exten", self.exten.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`Bridge`]'s `Tone:` parameter; [`BridgeTone::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BridgeTone {
    /// `no`.
    No,
    /// `Channel1`.
    Channel1,
    /// `Channel2`.
    Channel2,
    /// `Both`.
    Both,
    /// Any other value, sent as is.
    Other(String),
}

impl BridgeTone {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::No => "no",
            Self::Channel1 => "Channel1",
            Self::Channel2 => "Channel2",
            Self::Both => "Both",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for BridgeTone {
    fn from(s: &str) -> Self {
        match s {
            "no" => Self::No,
            "Channel1" => Self::Channel1,
            "Channel2" => Self::Channel2,
            "Both" => Self::Both,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `Bridge`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bridge {
    /// `Channel1:` (required).
    pub channel1: String,
    /// `Channel2:` (required).
    pub channel2: String,
    /// `Tone:`.
    pub tone: Option<BridgeTone>,
}

impl Bridge {
    /// The `Action:` value.
    pub const NAME: &'static str = "Bridge";

    /// The action with its required parameters.
    pub fn new(channel1: impl Into<String>, channel2: impl Into<String>) -> Self {
        Self {
            channel1: channel1.into(),
            channel2: channel2.into(),
            tone: None,
        }
    }

    /// Sets `Tone:`.
    #[must_use]
    pub fn tone(mut self, value: BridgeTone) -> Self {
        self.tone = Some(value);
        self
    }
}

impl crate::Action for Bridge {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel1", &self.channel1)?;
        w.header("Channel2", &self.channel2)?;
        w.opt_header("Tone", self.tone.as_ref().map(|v| v.as_str()))?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `BridgeDestroy`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeDestroy {
    /// `BridgeUniqueid:` (required).
    pub bridge_uniqueid: String,
}

impl BridgeDestroy {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeDestroy";

    /// The action with its required parameters.
    pub fn new(bridge_uniqueid: impl Into<String>) -> Self {
        Self {
            bridge_uniqueid: bridge_uniqueid.into(),
        }
    }
}

impl crate::Action for BridgeDestroy {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("BridgeUniqueid", &self.bridge_uniqueid)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `BridgeInfo`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `BridgeInfoComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeInfo {
    /// `BridgeUniqueid:` (required).
    pub bridge_uniqueid: String,
}

impl BridgeInfo {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeInfo";

    /// The action with its required parameters.
    pub fn new(bridge_uniqueid: impl Into<String>) -> Self {
        Self {
            bridge_uniqueid: bridge_uniqueid.into(),
        }
    }
}

impl crate::Action for BridgeInfo {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("BridgeUniqueid", &self.bridge_uniqueid)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("BridgeInfoComplete")
    }
}

/// `BridgeKick`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeKick {
    /// `BridgeUniqueid:`.
    pub bridge_uniqueid: Option<String>,
    /// `Channel:` (required).
    pub channel: String,
}

impl BridgeKick {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeKick";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            bridge_uniqueid: None,
            channel: channel.into(),
        }
    }

    /// Sets `BridgeUniqueid:`.
    #[must_use]
    pub fn bridge_uniqueid(mut self, value: impl Into<String>) -> Self {
        self.bridge_uniqueid = Some(value.into());
        self
    }
}

impl crate::Action for BridgeKick {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("BridgeUniqueid", self.bridge_uniqueid.as_deref())?;
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `BridgeList`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `BridgeListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BridgeList {
    /// `BridgeType:`.
    pub bridge_type: Option<String>,
}

impl BridgeList {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeList";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { bridge_type: None }
    }

    /// Sets `BridgeType:`.
    #[must_use]
    pub fn bridge_type(mut self, value: impl Into<String>) -> Self {
        self.bridge_type = Some(value.into());
        self
    }
}

impl crate::Action for BridgeList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("BridgeType", self.bridge_type.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("BridgeListComplete")
    }
}

/// `BridgeTechnologyList`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `BridgeTechnologyListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BridgeTechnologyList;

impl BridgeTechnologyList {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeTechnologyList";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for BridgeTechnologyList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("BridgeTechnologyListComplete")
    }
}

/// `BridgeTechnologySuspend`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeTechnologySuspend {
    /// `BridgeTechnology:` (required).
    pub bridge_technology: String,
}

impl BridgeTechnologySuspend {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeTechnologySuspend";

    /// The action with its required parameters.
    pub fn new(bridge_technology: impl Into<String>) -> Self {
        Self {
            bridge_technology: bridge_technology.into(),
        }
    }
}

impl crate::Action for BridgeTechnologySuspend {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("BridgeTechnology", &self.bridge_technology)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `BridgeTechnologyUnsuspend`: from `builtin`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeTechnologyUnsuspend {
    /// `BridgeTechnology:` (required).
    pub bridge_technology: String,
}

impl BridgeTechnologyUnsuspend {
    /// The `Action:` value.
    pub const NAME: &'static str = "BridgeTechnologyUnsuspend";

    /// The action with its required parameters.
    pub fn new(bridge_technology: impl Into<String>) -> Self {
        Self {
            bridge_technology: bridge_technology.into(),
        }
    }
}

impl crate::Action for BridgeTechnologyUnsuspend {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("BridgeTechnology", &self.bridge_technology)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `CancelAtxfer`: from `builtin`, since Asterisk 15.1.0, 14.7.0, 13.18.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelAtxfer {
    /// `Channel:` (required).
    pub channel: String,
}

impl CancelAtxfer {
    /// The `Action:` value.
    pub const NAME: &'static str = "CancelAtxfer";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
        }
    }
}

impl crate::Action for CancelAtxfer {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeKick`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeKick {
    /// `Conference:` (required).
    pub conference: String,
    /// `Channel:` (required).
    pub channel: String,
}

impl ConfbridgeKick {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeKick";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>, channel: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
            channel: channel.into(),
        }
    }
}

impl crate::Action for ConfbridgeKick {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeList`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes as an event list ended by `ConfbridgeListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeList {
    /// `Conference:` (required).
    pub conference: String,
}

impl ConfbridgeList {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeList";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
        }
    }
}

impl crate::Action for ConfbridgeList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ConfbridgeListComplete")
    }
}

/// `ConfbridgeListRooms`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes as an event list ended by `ConfbridgeListRoomsComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConfbridgeListRooms;

impl ConfbridgeListRooms {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeListRooms";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for ConfbridgeListRooms {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ConfbridgeListRoomsComplete")
    }
}

/// `ConfbridgeLock`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeLock {
    /// `Conference:` (required).
    pub conference: String,
}

impl ConfbridgeLock {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeLock";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
        }
    }
}

impl crate::Action for ConfbridgeLock {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeMute`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeMute {
    /// `Conference:` (required).
    pub conference: String,
    /// `Channel:` (required).
    pub channel: String,
}

impl ConfbridgeMute {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeMute";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>, channel: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
            channel: channel.into(),
        }
    }
}

impl crate::Action for ConfbridgeMute {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeSetSingleVideoSrc`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeSetSingleVideoSrc {
    /// `Conference:` (required).
    pub conference: String,
    /// `Channel:` (required).
    pub channel: String,
}

impl ConfbridgeSetSingleVideoSrc {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeSetSingleVideoSrc";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>, channel: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
            channel: channel.into(),
        }
    }
}

impl crate::Action for ConfbridgeSetSingleVideoSrc {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeStartRecord`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeStartRecord {
    /// `Conference:` (required).
    pub conference: String,
    /// `RecordFile:`.
    pub record_file: Option<String>,
}

impl ConfbridgeStartRecord {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeStartRecord";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
            record_file: None,
        }
    }

    /// Sets `RecordFile:`.
    #[must_use]
    pub fn record_file(mut self, value: impl Into<String>) -> Self {
        self.record_file = Some(value.into());
        self
    }
}

impl crate::Action for ConfbridgeStartRecord {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        w.opt_header("RecordFile", self.record_file.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeStopRecord`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeStopRecord {
    /// `Conference:` (required).
    pub conference: String,
}

impl ConfbridgeStopRecord {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeStopRecord";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
        }
    }
}

impl crate::Action for ConfbridgeStopRecord {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeUnlock`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeUnlock {
    /// `Conference:` (required).
    pub conference: String,
}

impl ConfbridgeUnlock {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeUnlock";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
        }
    }
}

impl crate::Action for ConfbridgeUnlock {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ConfbridgeUnmute`: from `app_confbridge`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfbridgeUnmute {
    /// `Conference:` (required).
    pub conference: String,
    /// `Channel:` (required).
    pub channel: String,
}

impl ConfbridgeUnmute {
    /// The `Action:` value.
    pub const NAME: &'static str = "ConfbridgeUnmute";

    /// The action with its required parameters.
    pub fn new(conference: impl Into<String>, channel: impl Into<String>) -> Self {
        Self {
            conference: conference.into(),
            channel: channel.into(),
        }
    }
}

impl crate::Action for ConfbridgeUnmute {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Conference", &self.conference)?;
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`ControlPlayback`]'s `Control:` parameter; [`ControlPlaybackControl::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ControlPlaybackControl {
    /// `stop`.
    Stop,
    /// `forward`.
    Forward,
    /// `reverse`.
    Reverse,
    /// `pause`.
    Pause,
    /// `restart`.
    Restart,
    /// Any other value, sent as is.
    Other(String),
}

impl ControlPlaybackControl {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::Forward => "forward",
            Self::Reverse => "reverse",
            Self::Pause => "pause",
            Self::Restart => "restart",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for ControlPlaybackControl {
    fn from(s: &str) -> Self {
        match s {
            "stop" => Self::Stop,
            "forward" => Self::Forward,
            "reverse" => Self::Reverse,
            "pause" => Self::Pause,
            "restart" => Self::Restart,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `ControlPlayback`: from `app_controlplayback`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlPlayback {
    /// `Channel:` (required).
    pub channel: String,
    /// `Control:` (required).
    pub control: ControlPlaybackControl,
}

impl ControlPlayback {
    /// The `Action:` value.
    pub const NAME: &'static str = "ControlPlayback";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, control: ControlPlaybackControl) -> Self {
        Self {
            channel: channel.into(),
            control,
        }
    }
}

impl crate::Action for ControlPlayback {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Control", self.control.as_str())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `CoreShowChannelMap`: from `builtin`, since Asterisk 20.4.0, 18.19.0.
///
/// Completes as an event list ended by `CoreShowChannelMapComplete` (rule: Spec, event CoreShowChannelMapComplete in the spec).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CoreShowChannelMap {
    /// `Channel:`.
    pub channel: Option<String>,
}

impl CoreShowChannelMap {
    /// The `Action:` value.
    pub const NAME: &'static str = "CoreShowChannelMap";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { channel: None }
    }

    /// Sets `Channel:`.
    #[must_use]
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
}

impl crate::Action for CoreShowChannelMap {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Channel", self.channel.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("CoreShowChannelMapComplete")
    }
}

/// `CreateConfig`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateConfig {
    /// `Filename:` (required).
    pub filename: String,
}

impl CreateConfig {
    /// The `Action:` value.
    pub const NAME: &'static str = "CreateConfig";

    /// The action with its required parameters.
    pub fn new(filename: impl Into<String>) -> Self {
        Self {
            filename: filename.into(),
        }
    }
}

impl crate::Action for CreateConfig {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Filename", &self.filename)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DAHDIDNDoff`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DAHDIDNDoff {
    /// `DAHDIChannel:` (required).
    pub dahdi_channel: String,
}

impl DAHDIDNDoff {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIDNDoff";

    /// The action with its required parameters.
    pub fn new(dahdi_channel: impl Into<String>) -> Self {
        Self {
            dahdi_channel: dahdi_channel.into(),
        }
    }
}

impl crate::Action for DAHDIDNDoff {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("DAHDIChannel", &self.dahdi_channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DAHDIDNDon`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DAHDIDNDon {
    /// `DAHDIChannel:` (required).
    pub dahdi_channel: String,
}

impl DAHDIDNDon {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIDNDon";

    /// The action with its required parameters.
    pub fn new(dahdi_channel: impl Into<String>) -> Self {
        Self {
            dahdi_channel: dahdi_channel.into(),
        }
    }
}

impl crate::Action for DAHDIDNDon {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("DAHDIChannel", &self.dahdi_channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DAHDIDialOffhook`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DAHDIDialOffhook {
    /// `DAHDIChannel:` (required).
    pub dahdi_channel: String,
    /// `Number:` (required).
    pub number: String,
}

impl DAHDIDialOffhook {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIDialOffhook";

    /// The action with its required parameters.
    pub fn new(dahdi_channel: impl Into<String>, number: impl Into<String>) -> Self {
        Self {
            dahdi_channel: dahdi_channel.into(),
            number: number.into(),
        }
    }
}

impl crate::Action for DAHDIDialOffhook {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("DAHDIChannel", &self.dahdi_channel)?;
        w.header("Number", &self.number)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DAHDIHangup`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DAHDIHangup {
    /// `DAHDIChannel:` (required).
    pub dahdi_channel: String,
}

impl DAHDIHangup {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIHangup";

    /// The action with its required parameters.
    pub fn new(dahdi_channel: impl Into<String>) -> Self {
        Self {
            dahdi_channel: dahdi_channel.into(),
        }
    }
}

impl crate::Action for DAHDIHangup {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("DAHDIChannel", &self.dahdi_channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DAHDIRestart`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes with its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DAHDIRestart;

impl DAHDIRestart {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIRestart";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for DAHDIRestart {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DAHDIShowChannels`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes as an event list ended by `DAHDIShowChannelsComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DAHDIShowChannels {
    /// `DAHDIChannel:`.
    pub dahdi_channel: Option<String>,
}

impl DAHDIShowChannels {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIShowChannels";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            dahdi_channel: None,
        }
    }

    /// Sets `DAHDIChannel:`.
    #[must_use]
    pub fn dahdi_channel(mut self, value: impl Into<String>) -> Self {
        self.dahdi_channel = Some(value.into());
        self
    }
}

impl crate::Action for DAHDIShowChannels {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("DAHDIChannel", self.dahdi_channel.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("DAHDIShowChannelsComplete")
    }
}

/// `DAHDIShowStatus`: from `chan_dahdi`, since Asterisk 21.3.0, 20.8.0, 18.23.0.
///
/// Completes as an event list ended by `DAHDIShowStatusComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DAHDIShowStatus;

impl DAHDIShowStatus {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDIShowStatus";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for DAHDIShowStatus {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("DAHDIShowStatusComplete")
    }
}

/// `DAHDITransfer`: from `chan_dahdi`, since Asterisk 1.4.22.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DAHDITransfer {
    /// `DAHDIChannel:` (required).
    pub dahdi_channel: String,
}

impl DAHDITransfer {
    /// The `Action:` value.
    pub const NAME: &'static str = "DAHDITransfer";

    /// The action with its required parameters.
    pub fn new(dahdi_channel: impl Into<String>) -> Self {
        Self {
            dahdi_channel: dahdi_channel.into(),
        }
    }
}

impl crate::Action for DAHDITransfer {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("DAHDIChannel", &self.dahdi_channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DBDel`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DBDel {
    /// `Family:` (required).
    pub family: String,
    /// `Key:` (required).
    pub key: String,
}

impl DBDel {
    /// The `Action:` value.
    pub const NAME: &'static str = "DBDel";

    /// The action with its required parameters.
    pub fn new(family: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            family: family.into(),
            key: key.into(),
        }
    }
}

impl crate::Action for DBDel {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Family", &self.family)?;
        w.header("Key", &self.key)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DBDelTree`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DBDelTree {
    /// `Family:` (required).
    pub family: String,
    /// `Key:`.
    pub key: Option<String>,
}

impl DBDelTree {
    /// The `Action:` value.
    pub const NAME: &'static str = "DBDelTree";

    /// The action with its required parameters.
    pub fn new(family: impl Into<String>) -> Self {
        Self {
            family: family.into(),
            key: None,
        }
    }

    /// Sets `Key:`.
    #[must_use]
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
}

impl crate::Action for DBDelTree {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Family", &self.family)?;
        w.opt_header("Key", self.key.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DBGet`: from `builtin`, since Asterisk 1.2.0.
///
/// Completes as an event list ended by `DBGetComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DBGet {
    /// `Family:` (required).
    pub family: String,
    /// `Key:` (required).
    pub key: String,
}

impl DBGet {
    /// The `Action:` value.
    pub const NAME: &'static str = "DBGet";

    /// The action with its required parameters.
    pub fn new(family: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            family: family.into(),
            key: key.into(),
        }
    }
}

impl crate::Action for DBGet {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Family", &self.family)?;
        w.header("Key", &self.key)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("DBGetComplete")
    }
}

/// `DBGetTree`: from `builtin`, since Asterisk 19.6.0, 18.14.0, 16.28.0.
///
/// Completes as an event list ended by `DBGetTreeComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DBGetTree {
    /// `Family:`.
    pub family: Option<String>,
    /// `Key:`.
    pub key: Option<String>,
}

impl DBGetTree {
    /// The `Action:` value.
    pub const NAME: &'static str = "DBGetTree";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            family: None,
            key: None,
        }
    }

    /// Sets `Family:`.
    #[must_use]
    pub fn family(mut self, value: impl Into<String>) -> Self {
        self.family = Some(value.into());
        self
    }

    /// Sets `Key:`.
    #[must_use]
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
}

impl crate::Action for DBGetTree {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Family", self.family.as_deref())?;
        w.opt_header("Key", self.key.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("DBGetTreeComplete")
    }
}

/// `DBPut`: from `builtin`, since Asterisk 1.2.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DBPut {
    /// `Family:` (required).
    pub family: String,
    /// `Key:` (required).
    pub key: String,
    /// `Val:`.
    pub val: Option<String>,
}

impl DBPut {
    /// The `Action:` value.
    pub const NAME: &'static str = "DBPut";

    /// The action with its required parameters.
    pub fn new(family: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            family: family.into(),
            key: key.into(),
            val: None,
        }
    }

    /// Sets `Val:`.
    #[must_use]
    pub fn val(mut self, value: impl Into<String>) -> Self {
        self.val = Some(value.into());
        self
    }
}

impl crate::Action for DBPut {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Family", &self.family)?;
        w.header("Key", &self.key)?;
        w.opt_header("Val", self.val.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DeviceStateList`: from `res_manager_devicestate`, since Asterisk 13.0.0.
///
/// Completes as an event list ended by `DeviceStateListComplete` (rule: Capture, devicestatelist.raw).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeviceStateList;

impl DeviceStateList {
    /// The `Action:` value.
    pub const NAME: &'static str = "DeviceStateList";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for DeviceStateList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("DeviceStateListComplete")
    }
}

/// `DialplanExtensionAdd`: from `pbx_config`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialplanExtensionAdd {
    /// `Context:` (required).
    pub context: String,
    /// `Extension:` (required).
    pub extension: String,
    /// `Priority:` (required).
    pub priority: String,
    /// `Application:` (required).
    pub application: String,
    /// `ApplicationData:`.
    pub application_data: Option<String>,
    /// `Replace:`.
    pub replace: Option<String>,
}

impl DialplanExtensionAdd {
    /// The `Action:` value.
    pub const NAME: &'static str = "DialplanExtensionAdd";

    /// The action with its required parameters.
    pub fn new(
        context: impl Into<String>,
        extension: impl Into<String>,
        priority: impl Into<String>,
        application: impl Into<String>,
    ) -> Self {
        Self {
            context: context.into(),
            extension: extension.into(),
            priority: priority.into(),
            application: application.into(),
            application_data: None,
            replace: None,
        }
    }

    /// Sets `ApplicationData:`.
    #[must_use]
    pub fn application_data(mut self, value: impl Into<String>) -> Self {
        self.application_data = Some(value.into());
        self
    }

    /// Sets `Replace:`.
    #[must_use]
    pub fn replace(mut self, value: impl Into<String>) -> Self {
        self.replace = Some(value.into());
        self
    }
}

impl crate::Action for DialplanExtensionAdd {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Extension", &self.extension)?;
        w.header("Priority", &self.priority)?;
        w.header("Application", &self.application)?;
        w.opt_header("ApplicationData", self.application_data.as_deref())?;
        w.opt_header("Replace", self.replace.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `DialplanExtensionRemove`: from `pbx_config`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialplanExtensionRemove {
    /// `Context:` (required).
    pub context: String,
    /// `Extension:` (required).
    pub extension: String,
    /// `Priority:`.
    pub priority: Option<String>,
}

impl DialplanExtensionRemove {
    /// The `Action:` value.
    pub const NAME: &'static str = "DialplanExtensionRemove";

    /// The action with its required parameters.
    pub fn new(context: impl Into<String>, extension: impl Into<String>) -> Self {
        Self {
            context: context.into(),
            extension: extension.into(),
            priority: None,
        }
    }

    /// Sets `Priority:`.
    #[must_use]
    pub fn priority(mut self, value: impl Into<String>) -> Self {
        self.priority = Some(value.into());
        self
    }
}

impl crate::Action for DialplanExtensionRemove {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Extension", &self.extension)?;
        w.opt_header("Priority", self.priority.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ExtensionState`: from `builtin`, since Asterisk 0.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtensionState {
    /// `Exten:` (required).
    pub exten: String,
    /// `Context:` (required).
    pub context: String,
}

impl ExtensionState {
    /// The `Action:` value.
    pub const NAME: &'static str = "ExtensionState";

    /// The action with its required parameters.
    pub fn new(exten: impl Into<String>, context: impl Into<String>) -> Self {
        Self {
            exten: exten.into(),
            context: context.into(),
        }
    }
}

impl crate::Action for ExtensionState {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Exten", &self.exten)?;
        w.header("Context", &self.context)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ExtensionStateList`: from `builtin`, since Asterisk 13.0.0.
///
/// Completes as an event list ended by `ExtensionStateListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExtensionStateList;

impl ExtensionStateList {
    /// The `Action:` value.
    pub const NAME: &'static str = "ExtensionStateList";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for ExtensionStateList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ExtensionStateListComplete")
    }
}

/// `FAXSession`: from `res_fax`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FAXSession {
    /// `SessionNumber:` (required).
    pub session_number: String,
}

impl FAXSession {
    /// The `Action:` value.
    pub const NAME: &'static str = "FAXSession";

    /// The action with its required parameters.
    pub fn new(session_number: impl Into<String>) -> Self {
        Self {
            session_number: session_number.into(),
        }
    }
}

impl crate::Action for FAXSession {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("SessionNumber", &self.session_number)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `FAXSessions`: from `res_fax`, since Asterisk 13.0.0.
///
/// Completes as an event list ended by `FAXSessionsComplete` (rule: Spec, event FAXSessionsComplete in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FAXSessions;

impl FAXSessions {
    /// The `Action:` value.
    pub const NAME: &'static str = "FAXSessions";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for FAXSessions {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("FAXSessionsComplete")
    }
}

/// `FAXStats`: from `res_fax`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FAXStats;

impl FAXStats {
    /// The `Action:` value.
    pub const NAME: &'static str = "FAXStats";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for FAXStats {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `GetConfig`: from `builtin`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetConfig {
    /// `Filename:` (required).
    pub filename: String,
    /// `Category:`.
    pub category: Option<String>,
    /// `Filter:`.
    pub filter: Option<String>,
}

impl GetConfig {
    /// The `Action:` value.
    pub const NAME: &'static str = "GetConfig";

    /// The action with its required parameters.
    pub fn new(filename: impl Into<String>) -> Self {
        Self {
            filename: filename.into(),
            category: None,
            filter: None,
        }
    }

    /// Sets `Category:`.
    #[must_use]
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `Filter:`.
    #[must_use]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }
}

impl crate::Action for GetConfig {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Filename", &self.filename)?;
        w.opt_header("Category", self.category.as_deref())?;
        w.opt_header("Filter", self.filter.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `GetConfigJSON`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetConfigJSON {
    /// `Filename:` (required).
    pub filename: String,
    /// `Category:`.
    pub category: Option<String>,
    /// `Filter:`.
    pub filter: Option<String>,
}

impl GetConfigJSON {
    /// The `Action:` value.
    pub const NAME: &'static str = "GetConfigJSON";

    /// The action with its required parameters.
    pub fn new(filename: impl Into<String>) -> Self {
        Self {
            filename: filename.into(),
            category: None,
            filter: None,
        }
    }

    /// Sets `Category:`.
    #[must_use]
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `Filter:`.
    #[must_use]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }
}

impl crate::Action for GetConfigJSON {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Filename", &self.filename)?;
        w.opt_header("Category", self.category.as_deref())?;
        w.opt_header("Filter", self.filter.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `IAXnetstats`: from `chan_iax2`, since Asterisk 1.2.0.
///
/// Completes with its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IAXnetstats;

impl IAXnetstats {
    /// The `Action:` value.
    pub const NAME: &'static str = "IAXnetstats";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for IAXnetstats {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `IAXpeerlist`: from `chan_iax2`, since Asterisk 1.6.0.
///
/// Completes as an event list ended by `PeerlistComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IAXpeerlist;

impl IAXpeerlist {
    /// The `Action:` value.
    pub const NAME: &'static str = "IAXpeerlist";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for IAXpeerlist {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("PeerlistComplete")
    }
}

/// `IAXpeers`: from `chan_iax2`, since Asterisk 0.3.0.
///
/// Completes as an event list ended by `PeerlistComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IAXpeers;

impl IAXpeers {
    /// The `Action:` value.
    pub const NAME: &'static str = "IAXpeers";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for IAXpeers {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("PeerlistComplete")
    }
}

/// `IAXregistry`: from `chan_iax2`, since Asterisk 1.6.2.0.
///
/// Completes as an event list ended by `RegistrationsComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IAXregistry;

impl IAXregistry {
    /// The `Action:` value.
    pub const NAME: &'static str = "IAXregistry";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for IAXregistry {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("RegistrationsComplete")
    }
}

/// `JabberSend`: from `res_xmpp`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JabberSend {
    /// `Jabber:` (required).
    pub jabber: String,
    /// `JID:` (required).
    pub jid: String,
    /// `Message:` (required).
    pub message: String,
}

impl JabberSend {
    /// The `Action:` value.
    pub const NAME: &'static str = "JabberSend";

    /// The action with its required parameters.
    pub fn new(
        jabber: impl Into<String>,
        jid: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            jabber: jabber.into(),
            jid: jid.into(),
            message: message.into(),
        }
    }
}

impl crate::Action for JabberSend {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Jabber", &self.jabber)?;
        w.header("JID", &self.jid)?;
        w.header("Message", &self.message)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ListCategories`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListCategories {
    /// `Filename:` (required).
    pub filename: String,
}

impl ListCategories {
    /// The `Action:` value.
    pub const NAME: &'static str = "ListCategories";

    /// The action with its required parameters.
    pub fn new(filename: impl Into<String>) -> Self {
        Self {
            filename: filename.into(),
        }
    }
}

impl crate::Action for ListCategories {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Filename", &self.filename)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `LocalOptimizeAway`: from `builtin`, since Asterisk 1.8.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalOptimizeAway {
    /// `Channel:` (required).
    pub channel: String,
}

impl LocalOptimizeAway {
    /// The `Action:` value.
    pub const NAME: &'static str = "LocalOptimizeAway";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
        }
    }
}

impl crate::Action for LocalOptimizeAway {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `LoggerRotate`: from `builtin`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoggerRotate;

impl LoggerRotate {
    /// The `Action:` value.
    pub const NAME: &'static str = "LoggerRotate";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for LoggerRotate {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MWIDelete`: from `res_mwi_external_ami`, since Asterisk 12.1.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MWIDelete {
    /// `Mailbox:` (required).
    pub mailbox: String,
}

impl MWIDelete {
    /// The `Action:` value.
    pub const NAME: &'static str = "MWIDelete";

    /// The action with its required parameters.
    pub fn new(mailbox: impl Into<String>) -> Self {
        Self {
            mailbox: mailbox.into(),
        }
    }
}

impl crate::Action for MWIDelete {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Mailbox", &self.mailbox)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MWIGet`: from `res_mwi_external_ami`, since Asterisk 12.1.0.
///
/// Completes as an event list ended by `MWIGetComplete` (rule: Spec, event MWIGetComplete in the spec).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MWIGet {
    /// `Mailbox:` (required).
    pub mailbox: String,
}

impl MWIGet {
    /// The `Action:` value.
    pub const NAME: &'static str = "MWIGet";

    /// The action with its required parameters.
    pub fn new(mailbox: impl Into<String>) -> Self {
        Self {
            mailbox: mailbox.into(),
        }
    }
}

impl crate::Action for MWIGet {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Mailbox", &self.mailbox)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("MWIGetComplete")
    }
}

/// `MWIUpdate`: from `res_mwi_external_ami`, since Asterisk 12.1.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MWIUpdate {
    /// `Mailbox:` (required).
    pub mailbox: String,
    /// `OldMessages:`.
    pub old_messages: Option<String>,
    /// `NewMessages:`.
    pub new_messages: Option<String>,
}

impl MWIUpdate {
    /// The `Action:` value.
    pub const NAME: &'static str = "MWIUpdate";

    /// The action with its required parameters.
    pub fn new(mailbox: impl Into<String>) -> Self {
        Self {
            mailbox: mailbox.into(),
            old_messages: None,
            new_messages: None,
        }
    }

    /// Sets `OldMessages:`.
    #[must_use]
    pub fn old_messages(mut self, value: impl Into<String>) -> Self {
        self.old_messages = Some(value.into());
        self
    }

    /// Sets `NewMessages:`.
    #[must_use]
    pub fn new_messages(mut self, value: impl Into<String>) -> Self {
        self.new_messages = Some(value.into());
        self
    }
}

impl crate::Action for MWIUpdate {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Mailbox", &self.mailbox)?;
        w.opt_header("OldMessages", self.old_messages.as_deref())?;
        w.opt_header("NewMessages", self.new_messages.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MailboxCount`: from `builtin`, since Asterisk 0.5.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxCount {
    /// `Mailbox:` (required).
    pub mailbox: String,
}

impl MailboxCount {
    /// The `Action:` value.
    pub const NAME: &'static str = "MailboxCount";

    /// The action with its required parameters.
    pub fn new(mailbox: impl Into<String>) -> Self {
        Self {
            mailbox: mailbox.into(),
        }
    }
}

impl crate::Action for MailboxCount {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Mailbox", &self.mailbox)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MailboxStatus`: from `builtin`, since Asterisk 0.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxStatus {
    /// `Mailbox:` (required).
    pub mailbox: String,
}

impl MailboxStatus {
    /// The `Action:` value.
    pub const NAME: &'static str = "MailboxStatus";

    /// The action with its required parameters.
    pub fn new(mailbox: impl Into<String>) -> Self {
        Self {
            mailbox: mailbox.into(),
        }
    }
}

impl crate::Action for MailboxStatus {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Mailbox", &self.mailbox)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MeetmeList`: from `app_meetme`, since Asterisk 1.6.0.
///
/// Completes as an event list ended by `MeetmeListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MeetmeList {
    /// `Conference:`.
    pub conference: Option<String>,
}

impl MeetmeList {
    /// The `Action:` value.
    pub const NAME: &'static str = "MeetmeList";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { conference: None }
    }

    /// Sets `Conference:`.
    #[must_use]
    pub fn conference(mut self, value: impl Into<String>) -> Self {
        self.conference = Some(value.into());
        self
    }
}

impl crate::Action for MeetmeList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Conference", self.conference.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("MeetmeListComplete")
    }
}

/// `MeetmeListRooms`: from `app_meetme`, since Asterisk 10.0.0.
///
/// Completes as an event list ended by `MeetmeListRoomsComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeetmeListRooms;

impl MeetmeListRooms {
    /// The `Action:` value.
    pub const NAME: &'static str = "MeetmeListRooms";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for MeetmeListRooms {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("MeetmeListRoomsComplete")
    }
}

/// `MeetmeMute`: from `app_meetme`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetmeMute {
    /// `Meetme:` (required).
    pub meetme: String,
    /// `Usernum:` (required).
    pub usernum: String,
}

impl MeetmeMute {
    /// The `Action:` value.
    pub const NAME: &'static str = "MeetmeMute";

    /// The action with its required parameters.
    pub fn new(meetme: impl Into<String>, usernum: impl Into<String>) -> Self {
        Self {
            meetme: meetme.into(),
            usernum: usernum.into(),
        }
    }
}

impl crate::Action for MeetmeMute {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Meetme", &self.meetme)?;
        w.header("Usernum", &self.usernum)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MeetmeUnmute`: from `app_meetme`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetmeUnmute {
    /// `Meetme:` (required).
    pub meetme: String,
    /// `Usernum:` (required).
    pub usernum: String,
}

impl MeetmeUnmute {
    /// The `Action:` value.
    pub const NAME: &'static str = "MeetmeUnmute";

    /// The action with its required parameters.
    pub fn new(meetme: impl Into<String>, usernum: impl Into<String>) -> Self {
        Self {
            meetme: meetme.into(),
            usernum: usernum.into(),
        }
    }
}

impl crate::Action for MeetmeUnmute {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Meetme", &self.meetme)?;
        w.header("Usernum", &self.usernum)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MessageSend`: from `builtin`, since Asterisk 11.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MessageSend {
    /// `Destination:`.
    pub destination: Option<String>,
    /// `To:`.
    pub to: Option<String>,
    /// `From:`.
    pub from: Option<String>,
    /// `Body:`.
    pub body: Option<String>,
    /// `Base64Body:`.
    pub base64_body: Option<String>,
    /// Channel variables, each sent as its own `Variable: name=value` line.
    pub variables: Vec<(String, String)>,
}

impl MessageSend {
    /// The `Action:` value.
    pub const NAME: &'static str = "MessageSend";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            destination: None,
            to: None,
            from: None,
            body: None,
            base64_body: None,
            variables: Vec::new(),
        }
    }

    /// Sets `Destination:`.
    #[must_use]
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }

    /// Sets `To:`.
    #[must_use]
    pub fn to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }

    /// Sets `From:`.
    #[must_use]
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Sets `Body:`.
    #[must_use]
    pub fn body(mut self, value: impl Into<String>) -> Self {
        self.body = Some(value.into());
        self
    }

    /// Sets `Base64Body:`.
    #[must_use]
    pub fn base64_body(mut self, value: impl Into<String>) -> Self {
        self.base64_body = Some(value.into());
        self
    }

    /// Adds a channel variable.
    #[must_use]
    pub fn variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.push((name.into(), value.into()));
        self
    }

    /// Adds channel variables.
    #[must_use]
    pub fn variables<I, K, V>(mut self, vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.variables
            .extend(vars.into_iter().map(|(k, v)| (k.into(), v.into())));
        self
    }
}

impl crate::Action for MessageSend {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Destination", self.destination.as_deref())?;
        w.opt_header("To", self.to.as_deref())?;
        w.opt_header("From", self.from.as_deref())?;
        w.opt_header("Body", self.body.as_deref())?;
        w.opt_header("Base64Body", self.base64_body.as_deref())?;
        crate::actions::write_variables(w, &self.variables)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MixMonitor`: from `app_mixmonitor`, since Asterisk 11.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixMonitor {
    /// `Channel:` (required).
    pub channel: String,
    /// `File:`.
    pub file: Option<String>,
    /// `Options:`.
    pub options: Option<String>,
    /// `Command:`.
    pub command: Option<String>,
}

impl MixMonitor {
    /// The `Action:` value.
    pub const NAME: &'static str = "MixMonitor";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            file: None,
            options: None,
            command: None,
        }
    }

    /// Sets `File:`.
    #[must_use]
    pub fn file(mut self, value: impl Into<String>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// Sets `Options:`.
    #[must_use]
    pub fn options(mut self, value: impl Into<String>) -> Self {
        self.options = Some(value.into());
        self
    }

    /// Sets `Command:`.
    #[must_use]
    pub fn command(mut self, value: impl Into<String>) -> Self {
        self.command = Some(value.into());
        self
    }
}

impl crate::Action for MixMonitor {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.opt_header("File", self.file.as_deref())?;
        w.opt_header("Options", self.options.as_deref())?;
        w.opt_header("Command", self.command.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `MixMonitorMute`: from `app_mixmonitor`, since Asterisk 1.8.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixMonitorMute {
    /// `Channel:` (required).
    pub channel: String,
    /// `Direction:`.
    pub direction: Option<String>,
    /// `State:`.
    pub state: Option<String>,
}

impl MixMonitorMute {
    /// The `Action:` value.
    pub const NAME: &'static str = "MixMonitorMute";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            direction: None,
            state: None,
        }
    }

    /// Sets `Direction:`.
    #[must_use]
    pub fn direction(mut self, value: impl Into<String>) -> Self {
        self.direction = Some(value.into());
        self
    }

    /// Sets `State:`.
    #[must_use]
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
}

impl crate::Action for MixMonitorMute {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.opt_header("Direction", self.direction.as_deref())?;
        w.opt_header("State", self.state.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ModuleCheck`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleCheck {
    /// `Module:` (required).
    pub module: String,
}

impl ModuleCheck {
    /// The `Action:` value.
    pub const NAME: &'static str = "ModuleCheck";

    /// The action with its required parameters.
    pub fn new(module: impl Into<String>) -> Self {
        Self {
            module: module.into(),
        }
    }
}

impl crate::Action for ModuleCheck {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Module", &self.module)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`ModuleLoad`]'s `Module:` parameter; [`ModuleLoadModule::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModuleLoadModule {
    /// `cdr`.
    Cdr,
    /// `dnsmgr`.
    Dnsmgr,
    /// `extconfig`.
    Extconfig,
    /// `enum`.
    Enum,
    /// `acl`.
    Acl,
    /// `manager`.
    Manager,
    /// `http`.
    Http,
    /// `logger`.
    Logger,
    /// `features`.
    Features,
    /// `dsp`.
    Dsp,
    /// `udptl`.
    Udptl,
    /// `indications`.
    Indications,
    /// `cel`.
    Cel,
    /// `plc`.
    Plc,
    /// Any other value, sent as is.
    Other(String),
}

impl ModuleLoadModule {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cdr => "cdr",
            Self::Dnsmgr => "dnsmgr",
            Self::Extconfig => "extconfig",
            Self::Enum => "enum",
            Self::Acl => "acl",
            Self::Manager => "manager",
            Self::Http => "http",
            Self::Logger => "logger",
            Self::Features => "features",
            Self::Dsp => "dsp",
            Self::Udptl => "udptl",
            Self::Indications => "indications",
            Self::Cel => "cel",
            Self::Plc => "plc",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for ModuleLoadModule {
    fn from(s: &str) -> Self {
        match s {
            "cdr" => Self::Cdr,
            "dnsmgr" => Self::Dnsmgr,
            "extconfig" => Self::Extconfig,
            "enum" => Self::Enum,
            "acl" => Self::Acl,
            "manager" => Self::Manager,
            "http" => Self::Http,
            "logger" => Self::Logger,
            "features" => Self::Features,
            "dsp" => Self::Dsp,
            "udptl" => Self::Udptl,
            "indications" => Self::Indications,
            "cel" => Self::Cel,
            "plc" => Self::Plc,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`ModuleLoad`]'s `LoadType:` parameter; [`ModuleLoadLoadType::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModuleLoadLoadType {
    /// `load`.
    Load,
    /// `unload`.
    Unload,
    /// `reload`.
    Reload,
    /// `refresh`.
    Refresh,
    /// Any other value, sent as is.
    Other(String),
}

impl ModuleLoadLoadType {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Load => "load",
            Self::Unload => "unload",
            Self::Reload => "reload",
            Self::Refresh => "refresh",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for ModuleLoadLoadType {
    fn from(s: &str) -> Self {
        match s {
            "load" => Self::Load,
            "unload" => Self::Unload,
            "reload" => Self::Reload,
            "refresh" => Self::Refresh,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `ModuleLoad`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleLoad {
    /// `Module:`.
    pub module: Option<ModuleLoadModule>,
    /// `LoadType:` (required).
    pub load_type: ModuleLoadLoadType,
    /// `Recursive:`.
    pub recursive: Option<String>,
}

impl ModuleLoad {
    /// The `Action:` value.
    pub const NAME: &'static str = "ModuleLoad";

    /// The action with its required parameters.
    pub fn new(load_type: ModuleLoadLoadType) -> Self {
        Self {
            module: None,
            load_type,
            recursive: None,
        }
    }

    /// Sets `Module:`.
    #[must_use]
    pub fn module(mut self, value: ModuleLoadModule) -> Self {
        self.module = Some(value);
        self
    }

    /// Sets `Recursive:`.
    #[must_use]
    pub fn recursive(mut self, value: impl Into<String>) -> Self {
        self.recursive = Some(value.into());
        self
    }
}

impl crate::Action for ModuleLoad {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Module", self.module.as_ref().map(|v| v.as_str()))?;
        w.header("LoadType", self.load_type.as_str())?;
        w.opt_header("Recursive", self.recursive.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`MuteAudio`]'s `Direction:` parameter; [`MuteAudioDirection::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MuteAudioDirection {
    /// `in`.
    In,
    /// `out`.
    Out,
    /// `all`.
    All,
    /// Any other value, sent as is.
    Other(String),
}

impl MuteAudioDirection {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::In => "in",
            Self::Out => "out",
            Self::All => "all",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for MuteAudioDirection {
    fn from(s: &str) -> Self {
        match s {
            "in" => Self::In,
            "out" => Self::Out,
            "all" => Self::All,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`MuteAudio`]'s `State:` parameter; [`MuteAudioState::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MuteAudioState {
    /// `on`.
    On,
    /// `off`.
    Off,
    /// Any other value, sent as is.
    Other(String),
}

impl MuteAudioState {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for MuteAudioState {
    fn from(s: &str) -> Self {
        match s {
            "on" => Self::On,
            "off" => Self::Off,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `MuteAudio`: from `res_mutestream`, since Asterisk 1.8.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MuteAudio {
    /// `Channel:` (required).
    pub channel: String,
    /// `Direction:` (required).
    pub direction: MuteAudioDirection,
    /// `State:` (required).
    pub state: MuteAudioState,
}

impl MuteAudio {
    /// The `Action:` value.
    pub const NAME: &'static str = "MuteAudio";

    /// The action with its required parameters.
    pub fn new(
        channel: impl Into<String>,
        direction: MuteAudioDirection,
        state: MuteAudioState,
    ) -> Self {
        Self {
            channel: channel.into(),
            direction,
            state,
        }
    }
}

impl crate::Action for MuteAudio {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Direction", self.direction.as_str())?;
        w.header("State", self.state.as_str())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PJSIPHangup`: from `chan_pjsip`, since Asterisk 21.1.0, 20.6.0, 18.21.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PJSIPHangup {
    /// `Channel:` (required).
    pub channel: String,
    /// `Cause:` (required). Documented values: `Response code`, `Response code name`.
    pub cause: String,
}

impl PJSIPHangup {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPHangup";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, cause: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            cause: cause.into(),
        }
    }
}

impl crate::Action for PJSIPHangup {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Cause", &self.cause)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PJSIPNotify`: from `res_pjsip_notify`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PJSIPNotify {
    /// `Endpoint:`.
    pub endpoint: Option<String>,
    /// `URI:`.
    pub uri: Option<String>,
    /// `channel:`.
    pub channel: Option<String>,
    /// `Option:`.
    pub option: Option<String>,
    /// Channel variables, each sent as its own `Variable: name=value` line.
    pub variables: Vec<(String, String)>,
}

impl PJSIPNotify {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPNotify";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            endpoint: None,
            uri: None,
            channel: None,
            option: None,
            variables: Vec::new(),
        }
    }

    /// Sets `Endpoint:`.
    #[must_use]
    pub fn endpoint(mut self, value: impl Into<String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }

    /// Sets `URI:`.
    #[must_use]
    pub fn uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self
    }

    /// Sets `channel:`.
    #[must_use]
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }

    /// Sets `Option:`.
    #[must_use]
    pub fn option(mut self, value: impl Into<String>) -> Self {
        self.option = Some(value.into());
        self
    }

    /// Adds a channel variable.
    #[must_use]
    pub fn variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.push((name.into(), value.into()));
        self
    }

    /// Adds channel variables.
    #[must_use]
    pub fn variables<I, K, V>(mut self, vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.variables
            .extend(vars.into_iter().map(|(k, v)| (k.into(), v.into())));
        self
    }
}

impl crate::Action for PJSIPNotify {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Endpoint", self.endpoint.as_deref())?;
        w.opt_header("URI", self.uri.as_deref())?;
        w.opt_header("channel", self.channel.as_deref())?;
        w.opt_header("Option", self.option.as_deref())?;
        crate::actions::write_variables(w, &self.variables)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PJSIPQualify`: from `res_pjsip`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PJSIPQualify {
    /// `Endpoint:` (required).
    pub endpoint: String,
}

impl PJSIPQualify {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPQualify";

    /// The action with its required parameters.
    pub fn new(endpoint: impl Into<String>) -> Self {
        Self {
            endpoint: endpoint.into(),
        }
    }
}

impl crate::Action for PJSIPQualify {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Endpoint", &self.endpoint)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PJSIPRegister`: from `res_pjsip_outbound_registration`, since Asterisk 13.2.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PJSIPRegister {
    /// `Registration:` (required).
    pub registration: String,
}

impl PJSIPRegister {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPRegister";

    /// The action with its required parameters.
    pub fn new(registration: impl Into<String>) -> Self {
        Self {
            registration: registration.into(),
        }
    }
}

impl crate::Action for PJSIPRegister {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Registration", &self.registration)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`PJSIPSetMaintenance`]'s `State:` parameter; [`PJSIPSetMaintenanceState::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PJSIPSetMaintenanceState {
    /// `on`.
    On,
    /// `off`.
    Off,
    /// Any other value, sent as is.
    Other(String),
}

impl PJSIPSetMaintenanceState {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for PJSIPSetMaintenanceState {
    fn from(s: &str) -> Self {
        match s {
            "on" => Self::On,
            "off" => Self::Off,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `PJSIPSetMaintenance`: from `res_pjsip_maintenance`, since Asterisk 20.20.0, 22.10.0, 23.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PJSIPSetMaintenance {
    /// `Endpoint:` (required).
    pub endpoint: String,
    /// `State:` (required).
    pub state: PJSIPSetMaintenanceState,
}

impl PJSIPSetMaintenance {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPSetMaintenance";

    /// The action with its required parameters.
    pub fn new(endpoint: impl Into<String>, state: PJSIPSetMaintenanceState) -> Self {
        Self {
            endpoint: endpoint.into(),
            state,
        }
    }
}

impl crate::Action for PJSIPSetMaintenance {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Endpoint", &self.endpoint)?;
        w.header("State", self.state.as_str())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PJSIPShowAors`: from `res_pjsip`, since Asterisk 16.0.0.
///
/// Completes as an event list ended by `AorListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowAors;

impl PJSIPShowAors {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowAors";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowAors {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("AorListComplete")
    }
}

/// `PJSIPShowAuths`: from `res_pjsip`, since Asterisk 16.0.0.
///
/// Completes as an event list ended by `AuthListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowAuths;

impl PJSIPShowAuths {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowAuths";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowAuths {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("AuthListComplete")
    }
}

/// `PJSIPShowContacts`: from `res_pjsip`, since Asterisk 16.0.0.
///
/// Completes as an event list ended by `ContactListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowContacts;

impl PJSIPShowContacts {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowContacts";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowContacts {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ContactListComplete")
    }
}

/// `PJSIPShowMaintenance`: from `res_pjsip_maintenance`, since Asterisk 20.20.0, 22.10.0, 23.4.0.
///
/// Completes as an event list ended by `PJSIPMaintenanceStatusComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PJSIPShowMaintenance {
    /// `Endpoint:`.
    pub endpoint: Option<String>,
}

impl PJSIPShowMaintenance {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowMaintenance";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { endpoint: None }
    }

    /// Sets `Endpoint:`.
    #[must_use]
    pub fn endpoint(mut self, value: impl Into<String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }
}

impl crate::Action for PJSIPShowMaintenance {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Endpoint", self.endpoint.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("PJSIPMaintenanceStatusComplete")
    }
}

/// `PJSIPShowRegistrationInboundContactStatuses`: from `res_pjsip_registrar`, since Asterisk 14.3.0, 13.14.0.
///
/// Completes as an event list ended by `ContactStatusDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowRegistrationInboundContactStatuses;

impl PJSIPShowRegistrationInboundContactStatuses {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowRegistrationInboundContactStatuses";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowRegistrationInboundContactStatuses {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ContactStatusDetailComplete")
    }
}

/// `PJSIPShowRegistrationsInbound`: from `res_pjsip_registrar`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `InboundRegistrationDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowRegistrationsInbound;

impl PJSIPShowRegistrationsInbound {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowRegistrationsInbound";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowRegistrationsInbound {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("InboundRegistrationDetailComplete")
    }
}

/// `PJSIPShowRegistrationsOutbound`: from `res_pjsip_outbound_registration`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `OutboundRegistrationDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowRegistrationsOutbound;

impl PJSIPShowRegistrationsOutbound {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowRegistrationsOutbound";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowRegistrationsOutbound {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("OutboundRegistrationDetailComplete")
    }
}

/// `PJSIPShowResourceLists`: from `res_pjsip_pubsub`, since Asterisk 13.0.0.
///
/// Completes as an event list ended by `ResourceListDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowResourceLists;

impl PJSIPShowResourceLists {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowResourceLists";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowResourceLists {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ResourceListDetailComplete")
    }
}

/// `PJSIPShowSubscriptionsInbound`: from `res_pjsip_pubsub`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `InboundSubscriptionDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowSubscriptionsInbound;

impl PJSIPShowSubscriptionsInbound {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowSubscriptionsInbound";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowSubscriptionsInbound {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("InboundSubscriptionDetailComplete")
    }
}

/// `PJSIPShowSubscriptionsOutbound`: from `res_pjsip_pubsub`, since Asterisk 12.0.0.
///
/// Completes as an event list ended by `OutboundSubscriptionDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PJSIPShowSubscriptionsOutbound;

impl PJSIPShowSubscriptionsOutbound {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPShowSubscriptionsOutbound";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PJSIPShowSubscriptionsOutbound {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("OutboundSubscriptionDetailComplete")
    }
}

/// `PJSIPUnregister`: from `res_pjsip_outbound_registration`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PJSIPUnregister {
    /// `Registration:` (required).
    pub registration: String,
}

impl PJSIPUnregister {
    /// The `Action:` value.
    pub const NAME: &'static str = "PJSIPUnregister";

    /// The action with its required parameters.
    pub fn new(registration: impl Into<String>) -> Self {
        Self {
            registration: registration.into(),
        }
    }
}

impl crate::Action for PJSIPUnregister {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Registration", &self.registration)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PRIDebugFileSet`: from `chan_dahdi`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PRIDebugFileSet {
    /// `File:` (required).
    pub file: String,
}

impl PRIDebugFileSet {
    /// The `Action:` value.
    pub const NAME: &'static str = "PRIDebugFileSet";

    /// The action with its required parameters.
    pub fn new(file: impl Into<String>) -> Self {
        Self { file: file.into() }
    }
}

impl crate::Action for PRIDebugFileSet {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("File", &self.file)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PRIDebugFileUnset`: from `chan_dahdi`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PRIDebugFileUnset;

impl PRIDebugFileUnset {
    /// The `Action:` value.
    pub const NAME: &'static str = "PRIDebugFileUnset";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PRIDebugFileUnset {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`PRIDebugSet`]'s `Level:` parameter; [`PRIDebugSetLevel::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PRIDebugSetLevel {
    /// `off`.
    Off,
    /// `on`.
    On,
    /// `hex`.
    Hex,
    /// `intense`.
    Intense,
    /// Any other value, sent as is.
    Other(String),
}

impl PRIDebugSetLevel {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "off",
            Self::On => "on",
            Self::Hex => "hex",
            Self::Intense => "intense",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for PRIDebugSetLevel {
    fn from(s: &str) -> Self {
        match s {
            "off" => Self::Off,
            "on" => Self::On,
            "hex" => Self::Hex,
            "intense" => Self::Intense,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `PRIDebugSet`: from `chan_dahdi`, since Asterisk 13.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PRIDebugSet {
    /// `Span:` (required).
    pub span: String,
    /// `Level:` (required).
    pub level: PRIDebugSetLevel,
}

impl PRIDebugSet {
    /// The `Action:` value.
    pub const NAME: &'static str = "PRIDebugSet";

    /// The action with its required parameters.
    pub fn new(span: impl Into<String>, level: PRIDebugSetLevel) -> Self {
        Self {
            span: span.into(),
            level,
        }
    }
}

impl crate::Action for PRIDebugSet {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Span", &self.span)?;
        w.header("Level", self.level.as_str())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PRIShowSpans`: from `chan_dahdi`, since Asterisk 10.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PRIShowSpans {
    /// `Span:`.
    pub span: Option<String>,
}

impl PRIShowSpans {
    /// The `Action:` value.
    pub const NAME: &'static str = "PRIShowSpans";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { span: None }
    }

    /// Sets `Span:`.
    #[must_use]
    pub fn span(mut self, value: impl Into<String>) -> Self {
        self.span = Some(value.into());
        self
    }
}

impl crate::Action for PRIShowSpans {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Span", self.span.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `Park`: from `parking_manager`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Park {
    /// `Channel:` (required).
    pub channel: String,
    /// `TimeoutChannel:`.
    pub timeout_channel: Option<String>,
    /// `AnnounceChannel:`.
    pub announce_channel: Option<String>,
    /// `Timeout:`.
    pub timeout: Option<String>,
    /// `Parkinglot:`.
    pub parkinglot: Option<String>,
    /// `ParkingSpace:`.
    pub parking_space: Option<String>,
}

impl Park {
    /// The `Action:` value.
    pub const NAME: &'static str = "Park";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            timeout_channel: None,
            announce_channel: None,
            timeout: None,
            parkinglot: None,
            parking_space: None,
        }
    }

    /// Sets `TimeoutChannel:`.
    #[must_use]
    pub fn timeout_channel(mut self, value: impl Into<String>) -> Self {
        self.timeout_channel = Some(value.into());
        self
    }

    /// Sets `AnnounceChannel:`.
    #[must_use]
    pub fn announce_channel(mut self, value: impl Into<String>) -> Self {
        self.announce_channel = Some(value.into());
        self
    }

    /// Sets `Timeout:`.
    #[must_use]
    pub fn timeout(mut self, value: impl Into<String>) -> Self {
        self.timeout = Some(value.into());
        self
    }

    /// Sets `Parkinglot:`.
    #[must_use]
    pub fn parkinglot(mut self, value: impl Into<String>) -> Self {
        self.parkinglot = Some(value.into());
        self
    }

    /// Sets `ParkingSpace:`.
    #[must_use]
    pub fn parking_space(mut self, value: impl Into<String>) -> Self {
        self.parking_space = Some(value.into());
        self
    }
}

impl crate::Action for Park {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.opt_header("TimeoutChannel", self.timeout_channel.as_deref())?;
        w.opt_header("AnnounceChannel", self.announce_channel.as_deref())?;
        w.opt_header("Timeout", self.timeout.as_deref())?;
        w.opt_header("Parkinglot", self.parkinglot.as_deref())?;
        w.opt_header("ParkingSpace", self.parking_space.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ParkedCalls`: from `parking_manager`, since Asterisk 0.7.2.
///
/// Completes as an event list ended by `ParkedCallsComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParkedCalls {
    /// `ParkingLot:`.
    pub parking_lot: Option<String>,
}

impl ParkedCalls {
    /// The `Action:` value.
    pub const NAME: &'static str = "ParkedCalls";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { parking_lot: None }
    }

    /// Sets `ParkingLot:`.
    #[must_use]
    pub fn parking_lot(mut self, value: impl Into<String>) -> Self {
        self.parking_lot = Some(value.into());
        self
    }
}

impl crate::Action for ParkedCalls {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("ParkingLot", self.parking_lot.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ParkedCallsComplete")
    }
}

/// `Parkinglots`: from `parking_manager`, since Asterisk 11.0.0.
///
/// Completes as an event list ended by `ParkinglotsComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parkinglots;

impl Parkinglots {
    /// The `Action:` value.
    pub const NAME: &'static str = "Parkinglots";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for Parkinglots {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ParkinglotsComplete")
    }
}

/// `PlayDTMF`: from `app_senddtmf`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayDTMF {
    /// `Channel:` (required).
    pub channel: String,
    /// `Digit:` (required).
    pub digit: String,
    /// `Duration:`.
    pub duration: Option<String>,
    /// `Receive:`.
    pub receive: Option<String>,
}

impl PlayDTMF {
    /// The `Action:` value.
    pub const NAME: &'static str = "PlayDTMF";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, digit: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            digit: digit.into(),
            duration: None,
            receive: None,
        }
    }

    /// Sets `Duration:`.
    #[must_use]
    pub fn duration(mut self, value: impl Into<String>) -> Self {
        self.duration = Some(value.into());
        self
    }

    /// Sets `Receive:`.
    #[must_use]
    pub fn receive(mut self, value: impl Into<String>) -> Self {
        self.receive = Some(value.into());
        self
    }
}

impl crate::Action for PlayDTMF {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Digit", &self.digit)?;
        w.opt_header("Duration", self.duration.as_deref())?;
        w.opt_header("Receive", self.receive.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PlayMF`: from `app_mf`, since Asterisk 16.21.0, 18.7.0, 19.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayMF {
    /// `Channel:` (required).
    pub channel: String,
    /// `Digit:` (required).
    pub digit: String,
    /// `Duration:`.
    pub duration: Option<String>,
}

impl PlayMF {
    /// The `Action:` value.
    pub const NAME: &'static str = "PlayMF";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, digit: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            digit: digit.into(),
            duration: None,
        }
    }

    /// Sets `Duration:`.
    #[must_use]
    pub fn duration(mut self, value: impl Into<String>) -> Self {
        self.duration = Some(value.into());
        self
    }
}

impl crate::Action for PlayMF {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Digit", &self.digit)?;
        w.opt_header("Duration", self.duration.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PresenceState`: from `builtin`, since Asterisk 11.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceState {
    /// `Provider:` (required).
    pub provider: String,
}

impl PresenceState {
    /// The `Action:` value.
    pub const NAME: &'static str = "PresenceState";

    /// The action with its required parameters.
    pub fn new(provider: impl Into<String>) -> Self {
        Self {
            provider: provider.into(),
        }
    }
}

impl crate::Action for PresenceState {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Provider", &self.provider)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `PresenceStateList`: from `res_manager_presencestate`, since Asterisk 13.0.0.
///
/// Completes as an event list ended by `PresenceStateListComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PresenceStateList;

impl PresenceStateList {
    /// The `Action:` value.
    pub const NAME: &'static str = "PresenceStateList";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for PresenceStateList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("PresenceStateListComplete")
    }
}

/// `QueueChangePriorityCaller`: from `app_queue`, since Asterisk 15.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueChangePriorityCaller {
    /// `Queue:` (required).
    pub queue: String,
    /// `Caller:` (required).
    pub caller: String,
    /// `Priority:` (required).
    pub priority: String,
    /// `Immediate:`.
    pub immediate: Option<String>,
}

impl QueueChangePriorityCaller {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueChangePriorityCaller";

    /// The action with its required parameters.
    pub fn new(
        queue: impl Into<String>,
        caller: impl Into<String>,
        priority: impl Into<String>,
    ) -> Self {
        Self {
            queue: queue.into(),
            caller: caller.into(),
            priority: priority.into(),
            immediate: None,
        }
    }

    /// Sets `Immediate:`.
    #[must_use]
    pub fn immediate(mut self, value: impl Into<String>) -> Self {
        self.immediate = Some(value.into());
        self
    }
}

impl crate::Action for QueueChangePriorityCaller {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Queue", &self.queue)?;
        w.header("Caller", &self.caller)?;
        w.header("Priority", &self.priority)?;
        w.opt_header("Immediate", self.immediate.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `QueueLog`: from `app_queue`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueLog {
    /// `Queue:` (required).
    pub queue: String,
    /// `Event:` (required).
    pub event: String,
    /// `Uniqueid:`.
    pub uniqueid: Option<String>,
    /// `Interface:`.
    pub interface: Option<String>,
    /// `Message:`.
    pub message: Option<String>,
}

impl QueueLog {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueLog";

    /// The action with its required parameters.
    pub fn new(queue: impl Into<String>, event: impl Into<String>) -> Self {
        Self {
            queue: queue.into(),
            event: event.into(),
            uniqueid: None,
            interface: None,
            message: None,
        }
    }

    /// Sets `Uniqueid:`.
    #[must_use]
    pub fn uniqueid(mut self, value: impl Into<String>) -> Self {
        self.uniqueid = Some(value.into());
        self
    }

    /// Sets `Interface:`.
    #[must_use]
    pub fn interface(mut self, value: impl Into<String>) -> Self {
        self.interface = Some(value.into());
        self
    }

    /// Sets `Message:`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

impl crate::Action for QueueLog {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Queue", &self.queue)?;
        w.header("Event", &self.event)?;
        w.opt_header("Uniqueid", self.uniqueid.as_deref())?;
        w.opt_header("Interface", self.interface.as_deref())?;
        w.opt_header("Message", self.message.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `QueueMemberRingInUse`: from `app_queue`, since Asterisk 11.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueMemberRingInUse {
    /// `Interface:` (required).
    pub interface: String,
    /// `RingInUse:` (required).
    pub ring_in_use: String,
    /// `Queue:`.
    pub queue: Option<String>,
}

impl QueueMemberRingInUse {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueMemberRingInUse";

    /// The action with its required parameters.
    pub fn new(interface: impl Into<String>, ring_in_use: impl Into<String>) -> Self {
        Self {
            interface: interface.into(),
            ring_in_use: ring_in_use.into(),
            queue: None,
        }
    }

    /// Sets `Queue:`.
    #[must_use]
    pub fn queue(mut self, value: impl Into<String>) -> Self {
        self.queue = Some(value.into());
        self
    }
}

impl crate::Action for QueueMemberRingInUse {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Interface", &self.interface)?;
        w.header("RingInUse", &self.ring_in_use)?;
        w.opt_header("Queue", self.queue.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `QueuePenalty`: from `app_queue`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuePenalty {
    /// `Interface:` (required).
    pub interface: String,
    /// `Penalty:` (required).
    pub penalty: String,
    /// `Queue:`.
    pub queue: Option<String>,
}

impl QueuePenalty {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueuePenalty";

    /// The action with its required parameters.
    pub fn new(interface: impl Into<String>, penalty: impl Into<String>) -> Self {
        Self {
            interface: interface.into(),
            penalty: penalty.into(),
            queue: None,
        }
    }

    /// Sets `Queue:`.
    #[must_use]
    pub fn queue(mut self, value: impl Into<String>) -> Self {
        self.queue = Some(value.into());
        self
    }
}

impl crate::Action for QueuePenalty {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Interface", &self.interface)?;
        w.header("Penalty", &self.penalty)?;
        w.opt_header("Queue", self.queue.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`QueueReload`]'s `Members:` parameter; [`QueueReloadMembers::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QueueReloadMembers {
    /// `yes`.
    Yes,
    /// `no`.
    No,
    /// Any other value, sent as is.
    Other(String),
}

impl QueueReloadMembers {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for QueueReloadMembers {
    fn from(s: &str) -> Self {
        match s {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`QueueReload`]'s `Rules:` parameter; [`QueueReloadRules::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QueueReloadRules {
    /// `yes`.
    Yes,
    /// `no`.
    No,
    /// Any other value, sent as is.
    Other(String),
}

impl QueueReloadRules {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for QueueReloadRules {
    fn from(s: &str) -> Self {
        match s {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// The values of [`QueueReload`]'s `Parameters:` parameter; [`QueueReloadParameters::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QueueReloadParameters {
    /// `yes`.
    Yes,
    /// `no`.
    No,
    /// Any other value, sent as is.
    Other(String),
}

impl QueueReloadParameters {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for QueueReloadParameters {
    fn from(s: &str) -> Self {
        match s {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// `QueueReload`: from `app_queue`, since Asterisk 1.6.2.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueueReload {
    /// `Queue:`.
    pub queue: Option<String>,
    /// `Members:`.
    pub members: Option<QueueReloadMembers>,
    /// `Rules:`.
    pub rules: Option<QueueReloadRules>,
    /// `Parameters:`.
    pub parameters: Option<QueueReloadParameters>,
}

impl QueueReload {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueReload";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            queue: None,
            members: None,
            rules: None,
            parameters: None,
        }
    }

    /// Sets `Queue:`.
    #[must_use]
    pub fn queue(mut self, value: impl Into<String>) -> Self {
        self.queue = Some(value.into());
        self
    }

    /// Sets `Members:`.
    #[must_use]
    pub fn members(mut self, value: QueueReloadMembers) -> Self {
        self.members = Some(value);
        self
    }

    /// Sets `Rules:`.
    #[must_use]
    pub fn rules(mut self, value: QueueReloadRules) -> Self {
        self.rules = Some(value);
        self
    }

    /// Sets `Parameters:`.
    #[must_use]
    pub fn parameters(mut self, value: QueueReloadParameters) -> Self {
        self.parameters = Some(value);
        self
    }
}

impl crate::Action for QueueReload {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Queue", self.queue.as_deref())?;
        w.opt_header("Members", self.members.as_ref().map(|v| v.as_str()))?;
        w.opt_header("Rules", self.rules.as_ref().map(|v| v.as_str()))?;
        w.opt_header("Parameters", self.parameters.as_ref().map(|v| v.as_str()))?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `QueueReset`: from `app_queue`, since Asterisk 1.6.2.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueueReset {
    /// `Queue:`.
    pub queue: Option<String>,
}

impl QueueReset {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueReset";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { queue: None }
    }

    /// Sets `Queue:`.
    #[must_use]
    pub fn queue(mut self, value: impl Into<String>) -> Self {
        self.queue = Some(value.into());
        self
    }
}

impl crate::Action for QueueReset {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Queue", self.queue.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `QueueRule`: from `app_queue`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueueRule {
    /// `Rule:`.
    pub rule: Option<String>,
}

impl QueueRule {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueRule";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { rule: None }
    }

    /// Sets `Rule:`.
    #[must_use]
    pub fn rule(mut self, value: impl Into<String>) -> Self {
        self.rule = Some(value.into());
        self
    }
}

impl crate::Action for QueueRule {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Rule", self.rule.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `QueueWithdrawCaller`: from `app_queue`, since Asterisk 19.3.0, 18.11.0, 16.25.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueWithdrawCaller {
    /// `Queue:` (required).
    pub queue: String,
    /// `Caller:` (required).
    pub caller: String,
    /// `WithdrawInfo:`.
    pub withdraw_info: Option<String>,
}

impl QueueWithdrawCaller {
    /// The `Action:` value.
    pub const NAME: &'static str = "QueueWithdrawCaller";

    /// The action with its required parameters.
    pub fn new(queue: impl Into<String>, caller: impl Into<String>) -> Self {
        Self {
            queue: queue.into(),
            caller: caller.into(),
            withdraw_info: None,
        }
    }

    /// Sets `WithdrawInfo:`.
    #[must_use]
    pub fn withdraw_info(mut self, value: impl Into<String>) -> Self {
        self.withdraw_info = Some(value.into());
        self
    }
}

impl crate::Action for QueueWithdrawCaller {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Queue", &self.queue)?;
        w.header("Caller", &self.caller)?;
        w.opt_header("WithdrawInfo", self.withdraw_info.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `Reload`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reload {
    /// `Module:`.
    pub module: Option<String>,
}

impl Reload {
    /// The `Action:` value.
    pub const NAME: &'static str = "Reload";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self { module: None }
    }

    /// Sets `Module:`.
    #[must_use]
    pub fn module(mut self, value: impl Into<String>) -> Self {
        self.module = Some(value.into());
        self
    }
}

impl crate::Action for Reload {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Module", self.module.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `SendFlash`: from `app_senddtmf`, since Asterisk 20.3.0, 18.18.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFlash {
    /// `Channel:` (required).
    pub channel: String,
    /// `Receive:`.
    pub receive: Option<String>,
}

impl SendFlash {
    /// The `Action:` value.
    pub const NAME: &'static str = "SendFlash";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            receive: None,
        }
    }

    /// Sets `Receive:`.
    #[must_use]
    pub fn receive(mut self, value: impl Into<String>) -> Self {
        self.receive = Some(value.into());
        self
    }
}

impl crate::Action for SendFlash {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.opt_header("Receive", self.receive.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `SendText`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendText {
    /// `Channel:` (required).
    pub channel: String,
    /// `Message:` (required).
    pub message: String,
    /// `Content-Type:`.
    pub content_type: Option<String>,
}

impl SendText {
    /// The `Action:` value.
    pub const NAME: &'static str = "SendText";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            message: message.into(),
            content_type: None,
        }
    }

    /// Sets `Content-Type:`.
    #[must_use]
    pub fn content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
}

impl crate::Action for SendText {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.header("Message", &self.message)?;
        w.opt_header("Content-Type", self.content_type.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `ShowDialPlan`: from `builtin`, since Asterisk 1.6.0.
///
/// Completes as an event list ended by `ShowDialPlanComplete` (rule: Capture, showdialplan_agents.raw).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShowDialPlan {
    /// `Extension:`.
    pub extension: Option<String>,
    /// `Context:`.
    pub context: Option<String>,
}

impl ShowDialPlan {
    /// The `Action:` value.
    pub const NAME: &'static str = "ShowDialPlan";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            extension: None,
            context: None,
        }
    }

    /// Sets `Extension:`.
    #[must_use]
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }

    /// Sets `Context:`.
    #[must_use]
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }
}

impl crate::Action for ShowDialPlan {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Extension", self.extension.as_deref())?;
        w.opt_header("Context", self.context.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("ShowDialPlanComplete")
    }
}

/// `SorceryMemoryCacheExpire`: from `res_sorcery_memory_cache`, since Asterisk 13.5.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SorceryMemoryCacheExpire {
    /// `Cache:` (required).
    pub cache: String,
}

impl SorceryMemoryCacheExpire {
    /// The `Action:` value.
    pub const NAME: &'static str = "SorceryMemoryCacheExpire";

    /// The action with its required parameters.
    pub fn new(cache: impl Into<String>) -> Self {
        Self {
            cache: cache.into(),
        }
    }
}

impl crate::Action for SorceryMemoryCacheExpire {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Cache", &self.cache)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `SorceryMemoryCacheExpireObject`: from `res_sorcery_memory_cache`, since Asterisk 13.5.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SorceryMemoryCacheExpireObject {
    /// `Cache:` (required).
    pub cache: String,
    /// `Object:` (required).
    pub object: String,
}

impl SorceryMemoryCacheExpireObject {
    /// The `Action:` value.
    pub const NAME: &'static str = "SorceryMemoryCacheExpireObject";

    /// The action with its required parameters.
    pub fn new(cache: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            cache: cache.into(),
            object: object.into(),
        }
    }
}

impl crate::Action for SorceryMemoryCacheExpireObject {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Cache", &self.cache)?;
        w.header("Object", &self.object)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `SorceryMemoryCachePopulate`: from `res_sorcery_memory_cache`, since Asterisk 13.7.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SorceryMemoryCachePopulate {
    /// `Cache:` (required).
    pub cache: String,
}

impl SorceryMemoryCachePopulate {
    /// The `Action:` value.
    pub const NAME: &'static str = "SorceryMemoryCachePopulate";

    /// The action with its required parameters.
    pub fn new(cache: impl Into<String>) -> Self {
        Self {
            cache: cache.into(),
        }
    }
}

impl crate::Action for SorceryMemoryCachePopulate {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Cache", &self.cache)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `SorceryMemoryCacheStale`: from `res_sorcery_memory_cache`, since Asterisk 13.5.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SorceryMemoryCacheStale {
    /// `Cache:` (required).
    pub cache: String,
}

impl SorceryMemoryCacheStale {
    /// The `Action:` value.
    pub const NAME: &'static str = "SorceryMemoryCacheStale";

    /// The action with its required parameters.
    pub fn new(cache: impl Into<String>) -> Self {
        Self {
            cache: cache.into(),
        }
    }
}

impl crate::Action for SorceryMemoryCacheStale {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Cache", &self.cache)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `SorceryMemoryCacheStaleObject`: from `res_sorcery_memory_cache`, since Asterisk 13.5.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SorceryMemoryCacheStaleObject {
    /// `Cache:` (required).
    pub cache: String,
    /// `Object:` (required).
    pub object: String,
    /// `Reload:`.
    pub reload: Option<String>,
}

impl SorceryMemoryCacheStaleObject {
    /// The `Action:` value.
    pub const NAME: &'static str = "SorceryMemoryCacheStaleObject";

    /// The action with its required parameters.
    pub fn new(cache: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            cache: cache.into(),
            object: object.into(),
            reload: None,
        }
    }

    /// Sets `Reload:`.
    #[must_use]
    pub fn reload(mut self, value: impl Into<String>) -> Self {
        self.reload = Some(value.into());
        self
    }
}

impl crate::Action for SorceryMemoryCacheStaleObject {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Cache", &self.cache)?;
        w.header("Object", &self.object)?;
        w.opt_header("Reload", self.reload.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `StopMixMonitor`: from `app_mixmonitor`, since Asterisk 11.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StopMixMonitor {
    /// `Channel:` (required).
    pub channel: String,
    /// `MixMonitorID:`.
    pub mix_monitor_id: Option<String>,
}

impl StopMixMonitor {
    /// The `Action:` value.
    pub const NAME: &'static str = "StopMixMonitor";

    /// The action with its required parameters.
    pub fn new(channel: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            mix_monitor_id: None,
        }
    }

    /// Sets `MixMonitorID:`.
    #[must_use]
    pub fn mix_monitor_id(mut self, value: impl Into<String>) -> Self {
        self.mix_monitor_id = Some(value.into());
        self
    }
}

impl crate::Action for StopMixMonitor {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Channel", &self.channel)?;
        w.opt_header("MixMonitorID", self.mix_monitor_id.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// The values of [`UpdateConfig`]'s `Action:` parameter; [`UpdateConfigAction::Other`] sends any other (a newer server's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateConfigAction {
    /// `NewCat`.
    NewCat,
    /// `RenameCat`.
    RenameCat,
    /// `DelCat`.
    DelCat,
    /// `EmptyCat`.
    EmptyCat,
    /// `Update`.
    Update,
    /// `Delete`.
    Delete,
    /// `Append`.
    Append,
    /// `Insert`.
    Insert,
    /// Any other value, sent as is.
    Other(String),
}

impl UpdateConfigAction {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewCat => "NewCat",
            Self::RenameCat => "RenameCat",
            Self::DelCat => "DelCat",
            Self::EmptyCat => "EmptyCat",
            Self::Update => "Update",
            Self::Delete => "Delete",
            Self::Append => "Append",
            Self::Insert => "Insert",
            Self::Other(s) => s,
        }
    }
}

impl From<&str> for UpdateConfigAction {
    fn from(s: &str) -> Self {
        match s {
            "NewCat" => Self::NewCat,
            "RenameCat" => Self::RenameCat,
            "DelCat" => Self::DelCat,
            "EmptyCat" => Self::EmptyCat,
            "Update" => Self::Update,
            "Delete" => Self::Delete,
            "Append" => Self::Append,
            "Insert" => Self::Insert,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// One numbered group of [`UpdateConfig`]'s parameters (sent as `Name-000000`, numbered from 0).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateConfigItem {
    /// `Action:`.
    pub action: Option<UpdateConfigAction>,
    /// `Cat:`.
    pub cat: Option<String>,
    /// `Var:`.
    pub var: Option<String>,
    /// `Value:`.
    pub value: Option<String>,
    /// `Match:`.
    pub match_: Option<String>,
    /// `Line:`.
    pub line: Option<String>,
    /// `Options:`. Documented values: `NewCat`, `allowdups`, `template`, `inherit="template[,...]"`, `RenameCat`, `DelCat`, `EmptyCat`, `Update`, `Delete`, `Append`, `Insert`, `catfilter="<expression>[,...]"`.
    pub options: Option<String>,
}

impl UpdateConfigItem {
    /// An empty group.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `Action:`.
    #[must_use]
    pub fn action(mut self, value: UpdateConfigAction) -> Self {
        self.action = Some(value);
        self
    }

    /// Sets `Cat:`.
    #[must_use]
    pub fn cat(mut self, value: impl Into<String>) -> Self {
        self.cat = Some(value.into());
        self
    }

    /// Sets `Var:`.
    #[must_use]
    pub fn var(mut self, value: impl Into<String>) -> Self {
        self.var = Some(value.into());
        self
    }

    /// Sets `Value:`.
    #[must_use]
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Sets `Match:`.
    #[must_use]
    pub fn match_(mut self, value: impl Into<String>) -> Self {
        self.match_ = Some(value.into());
        self
    }

    /// Sets `Line:`.
    #[must_use]
    pub fn line(mut self, value: impl Into<String>) -> Self {
        self.line = Some(value.into());
        self
    }

    /// Sets `Options:`. Documented values: `NewCat`, `allowdups`, `template`, `inherit="template[,...]"`, `RenameCat`, `DelCat`, `EmptyCat`, `Update`, `Delete`, `Append`, `Insert`, `catfilter="<expression>[,...]"`.
    #[must_use]
    pub fn options(mut self, value: impl Into<String>) -> Self {
        self.options = Some(value.into());
        self
    }
}

/// `UpdateConfig`: from `builtin`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateConfig {
    /// `SrcFilename:` (required).
    pub src_filename: String,
    /// `DstFilename:` (required).
    pub dst_filename: String,
    /// `Reload:`.
    pub reload: Option<String>,
    /// `PreserveEffectiveContext:`.
    pub preserve_effective_context: Option<String>,
    /// Numbered parameter groups, in order.
    pub items: Vec<UpdateConfigItem>,
}

impl UpdateConfig {
    /// The `Action:` value.
    pub const NAME: &'static str = "UpdateConfig";

    /// The action with its required parameters.
    pub fn new(src_filename: impl Into<String>, dst_filename: impl Into<String>) -> Self {
        Self {
            src_filename: src_filename.into(),
            dst_filename: dst_filename.into(),
            reload: None,
            preserve_effective_context: None,
            items: Vec::new(),
        }
    }

    /// Sets `Reload:`.
    #[must_use]
    pub fn reload(mut self, value: impl Into<String>) -> Self {
        self.reload = Some(value.into());
        self
    }

    /// Sets `PreserveEffectiveContext:`.
    #[must_use]
    pub fn preserve_effective_context(mut self, value: impl Into<String>) -> Self {
        self.preserve_effective_context = Some(value.into());
        self
    }

    /// Adds a numbered group.
    #[must_use]
    pub fn item(mut self, item: UpdateConfigItem) -> Self {
        self.items.push(item);
        self
    }

    /// Adds numbered groups.
    #[must_use]
    pub fn items(mut self, items: impl IntoIterator<Item = UpdateConfigItem>) -> Self {
        self.items.extend(items);
        self
    }
}

impl crate::Action for UpdateConfig {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("SrcFilename", &self.src_filename)?;
        w.header("DstFilename", &self.dst_filename)?;
        w.opt_header("Reload", self.reload.as_deref())?;
        w.opt_header(
            "PreserveEffectiveContext",
            self.preserve_effective_context.as_deref(),
        )?;
        for (i, item) in self.items.iter().enumerate() {
            w.opt_header(
                &format!("Action-{i:06}"),
                item.action.as_ref().map(|v| v.as_str()),
            )?;
            w.opt_header(&format!("Cat-{i:06}"), item.cat.as_deref())?;
            w.opt_header(&format!("Var-{i:06}"), item.var.as_deref())?;
            w.opt_header(&format!("Value-{i:06}"), item.value.as_deref())?;
            w.opt_header(&format!("Match-{i:06}"), item.match_.as_deref())?;
            w.opt_header(&format!("Line-{i:06}"), item.line.as_deref())?;
            w.opt_header(&format!("Options-{i:06}"), item.options.as_deref())?;
        }
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `VoicemailBoxSummary`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 20.5.0, 18.20.0.
///
/// Completes as an event list ended by `VoicemailBoxDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoicemailBoxSummary {
    /// `Context:` (required).
    pub context: String,
    /// `Mailbox:` (required).
    pub mailbox: String,
}

impl VoicemailBoxSummary {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailBoxSummary";

    /// The action with its required parameters.
    pub fn new(context: impl Into<String>, mailbox: impl Into<String>) -> Self {
        Self {
            context: context.into(),
            mailbox: mailbox.into(),
        }
    }
}

impl crate::Action for VoicemailBoxSummary {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Mailbox", &self.mailbox)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("VoicemailBoxDetailComplete")
    }
}

/// `VoicemailForward`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 20.5.0, 18.20.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoicemailForward {
    /// `Context:` (required).
    pub context: String,
    /// `Mailbox:` (required).
    pub mailbox: String,
    /// `Folder:` (required).
    pub folder: String,
    /// `ID:` (required).
    pub id: String,
    /// `ToContext:` (required).
    pub to_context: String,
    /// `ToMailbox:` (required).
    pub to_mailbox: String,
    /// `ToFolder:` (required).
    pub to_folder: String,
}

impl VoicemailForward {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailForward";

    /// The action with its required parameters.
    pub fn new(
        context: impl Into<String>,
        mailbox: impl Into<String>,
        folder: impl Into<String>,
        id: impl Into<String>,
        to_context: impl Into<String>,
        to_mailbox: impl Into<String>,
        to_folder: impl Into<String>,
    ) -> Self {
        Self {
            context: context.into(),
            mailbox: mailbox.into(),
            folder: folder.into(),
            id: id.into(),
            to_context: to_context.into(),
            to_mailbox: to_mailbox.into(),
            to_folder: to_folder.into(),
        }
    }
}

impl crate::Action for VoicemailForward {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Mailbox", &self.mailbox)?;
        w.header("Folder", &self.folder)?;
        w.header("ID", &self.id)?;
        w.header("ToContext", &self.to_context)?;
        w.header("ToMailbox", &self.to_mailbox)?;
        w.header("ToFolder", &self.to_folder)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `VoicemailMove`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 20.5.0, 18.20.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoicemailMove {
    /// `Context:` (required).
    pub context: String,
    /// `Mailbox:` (required).
    pub mailbox: String,
    /// `Folder:` (required).
    pub folder: String,
    /// `ID:` (required).
    pub id: String,
    /// `ToFolder:` (required).
    pub to_folder: String,
}

impl VoicemailMove {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailMove";

    /// The action with its required parameters.
    pub fn new(
        context: impl Into<String>,
        mailbox: impl Into<String>,
        folder: impl Into<String>,
        id: impl Into<String>,
        to_folder: impl Into<String>,
    ) -> Self {
        Self {
            context: context.into(),
            mailbox: mailbox.into(),
            folder: folder.into(),
            id: id.into(),
            to_folder: to_folder.into(),
        }
    }
}

impl crate::Action for VoicemailMove {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Mailbox", &self.mailbox)?;
        w.header("Folder", &self.folder)?;
        w.header("ID", &self.id)?;
        w.header("ToFolder", &self.to_folder)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `VoicemailRefresh`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 12.0.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VoicemailRefresh {
    /// `Context:`.
    pub context: Option<String>,
    /// `Mailbox:`.
    pub mailbox: Option<String>,
}

impl VoicemailRefresh {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailRefresh";

    /// The action with its required parameters.
    pub fn new() -> Self {
        Self {
            context: None,
            mailbox: None,
        }
    }

    /// Sets `Context:`.
    #[must_use]
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }

    /// Sets `Mailbox:`.
    #[must_use]
    pub fn mailbox(mut self, value: impl Into<String>) -> Self {
        self.mailbox = Some(value.into());
        self
    }
}

impl crate::Action for VoicemailRefresh {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.opt_header("Context", self.context.as_deref())?;
        w.opt_header("Mailbox", self.mailbox.as_deref())?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `VoicemailRemove`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 20.5.0, 18.20.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoicemailRemove {
    /// `Context:` (required).
    pub context: String,
    /// `Mailbox:` (required).
    pub mailbox: String,
    /// `Folder:` (required).
    pub folder: String,
    /// `ID:` (required).
    pub id: String,
}

impl VoicemailRemove {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailRemove";

    /// The action with its required parameters.
    pub fn new(
        context: impl Into<String>,
        mailbox: impl Into<String>,
        folder: impl Into<String>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            context: context.into(),
            mailbox: mailbox.into(),
            folder: folder.into(),
            id: id.into(),
        }
    }
}

impl crate::Action for VoicemailRemove {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Mailbox", &self.mailbox)?;
        w.header("Folder", &self.folder)?;
        w.header("ID", &self.id)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// `VoicemailUserStatus`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 16.0.0.
///
/// Completes as an event list ended by `VoicemailUserDetailComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoicemailUserStatus {
    /// `Context:` (required).
    pub context: String,
    /// `Mailbox:` (required).
    pub mailbox: String,
}

impl VoicemailUserStatus {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailUserStatus";

    /// The action with its required parameters.
    pub fn new(context: impl Into<String>, mailbox: impl Into<String>) -> Self {
        Self {
            context: context.into(),
            mailbox: mailbox.into(),
        }
    }
}

impl crate::Action for VoicemailUserStatus {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Context", &self.context)?;
        w.header("Mailbox", &self.mailbox)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("VoicemailUserDetailComplete")
    }
}

/// `VoicemailUsersList`: from `app_voicemail`, `app_voicemail_imap`, `app_voicemail_odbc`, since Asterisk 1.6.0.
///
/// Completes as an event list ended by `VoicemailUserEntryComplete` (rule: Source, astman_send_listack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VoicemailUsersList;

impl VoicemailUsersList {
    /// The `Action:` value.
    pub const NAME: &'static str = "VoicemailUsersList";

    /// The action (it has no parameters).
    pub fn new() -> Self {
        Self
    }
}

impl crate::Action for VoicemailUsersList {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, _w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::list("VoicemailUserEntryComplete")
    }
}

/// `WaitEvent`: from `builtin`, since Asterisk 1.4.0.
///
/// Completes with its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitEvent {
    /// `Timeout:` (required).
    pub timeout: String,
}

impl WaitEvent {
    /// The `Action:` value.
    pub const NAME: &'static str = "WaitEvent";

    /// The action with its required parameters.
    pub fn new(timeout: impl Into<String>) -> Self {
        Self {
            timeout: timeout.into(),
        }
    }
}

impl crate::Action for WaitEvent {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn write_headers(&self, w: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {
        w.header("Timeout", &self.timeout)?;
        Ok(())
    }

    fn completion(&self) -> crate::Completion {
        crate::Completion::Response
    }
}

/// Every action Asterisk 22.10.1 documents (154 names), generated or hand-written, in name order.
pub static SPEC_ACTIONS: &[ActionSpec] = &[
    ActionSpec {
        name: "AGI",
        modules: &["res_agi"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(AGI::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "AOCMessage",
        modules: &["builtin"],
        since: &["1.8.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(AOCMessage::new(AOCMessageMsgType::S)) as Box<dyn Action>,
    },
    ActionSpec {
        name: "AbsoluteTimeout",
        modules: &["builtin"],
        since: &["0.5.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(AbsoluteTimeout::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "AgentLogoff",
        modules: &["app_agent_pool"],
        since: &["1.2.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(AgentLogoff::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Agents",
        modules: &["app_agent_pool"],
        since: &["1.2.0"],
        completion: SpecCompletion::List {
            complete_event: "AgentsComplete",
            rule: ListRule::Spec,
        },
        hand_written: false,
        example: || Box::new(Agents::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Atxfer",
        modules: &["builtin"],
        since: &["1.6.1.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(Atxfer::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BlindTransfer",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(BlindTransfer::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Bridge",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(Bridge::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeDestroy",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(BridgeDestroy::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeInfo",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "BridgeInfoComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(BridgeInfo::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeKick",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(BridgeKick::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeList",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "BridgeListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(BridgeList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeTechnologyList",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "BridgeTechnologyListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(BridgeTechnologyList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeTechnologySuspend",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(BridgeTechnologySuspend::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "BridgeTechnologyUnsuspend",
        modules: &["builtin"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(BridgeTechnologyUnsuspend::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "CancelAtxfer",
        modules: &["builtin"],
        since: &["15.1.0", "14.7.0", "13.18.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(CancelAtxfer::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Challenge",
        modules: &["builtin"],
        since: &["0.4.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Challenge::md5()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Command",
        modules: &["builtin"],
        since: &["0.3.0"],
        completion: SpecCompletion::Command,
        hand_written: true,
        example: || Box::new(Command::new("core show version")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeKick",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeKick::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeList",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::List {
            complete_event: "ConfbridgeListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(ConfbridgeList::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeListRooms",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::List {
            complete_event: "ConfbridgeListRoomsComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(ConfbridgeListRooms::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeLock",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeLock::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeMute",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeMute::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeSetSingleVideoSrc",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeSetSingleVideoSrc::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeStartRecord",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeStartRecord::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeStopRecord",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeStopRecord::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeUnlock",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeUnlock::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ConfbridgeUnmute",
        modules: &["app_confbridge"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ConfbridgeUnmute::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ControlPlayback",
        modules: &["app_controlplayback"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || {
            Box::new(ControlPlayback::new("x", ControlPlaybackControl::Stop)) as Box<dyn Action>
        },
    },
    ActionSpec {
        name: "CoreSettings",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(CoreSettings) as Box<dyn Action>,
    },
    ActionSpec {
        name: "CoreShowChannelMap",
        modules: &["builtin"],
        since: &["20.4.0", "18.19.0"],
        completion: SpecCompletion::List {
            complete_event: "CoreShowChannelMapComplete",
            rule: ListRule::Spec,
        },
        hand_written: false,
        example: || Box::new(CoreShowChannelMap::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "CoreShowChannels",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::List {
            complete_event: "CoreShowChannelsComplete",
            rule: ListRule::Capture,
        },
        hand_written: true,
        example: || Box::new(CoreShowChannels) as Box<dyn Action>,
    },
    ActionSpec {
        name: "CoreStatus",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(CoreStatus) as Box<dyn Action>,
    },
    ActionSpec {
        name: "CreateConfig",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(CreateConfig::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIDNDoff",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DAHDIDNDoff::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIDNDon",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DAHDIDNDon::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIDialOffhook",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DAHDIDialOffhook::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIHangup",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DAHDIHangup::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIRestart",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DAHDIRestart::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIShowChannels",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::List {
            complete_event: "DAHDIShowChannelsComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(DAHDIShowChannels::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDIShowStatus",
        modules: &["chan_dahdi"],
        since: &["21.3.0", "20.8.0", "18.23.0"],
        completion: SpecCompletion::List {
            complete_event: "DAHDIShowStatusComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(DAHDIShowStatus::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DAHDITransfer",
        modules: &["chan_dahdi"],
        since: &["1.4.22"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DAHDITransfer::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DBDel",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DBDel::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DBDelTree",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DBDelTree::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DBGet",
        modules: &["builtin"],
        since: &["1.2.0"],
        completion: SpecCompletion::List {
            complete_event: "DBGetComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(DBGet::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DBGetTree",
        modules: &["builtin"],
        since: &["19.6.0", "18.14.0", "16.28.0"],
        completion: SpecCompletion::List {
            complete_event: "DBGetTreeComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(DBGetTree::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DBPut",
        modules: &["builtin"],
        since: &["1.2.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DBPut::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DeviceStateList",
        modules: &["res_manager_devicestate"],
        since: &["13.0.0"],
        completion: SpecCompletion::List {
            complete_event: "DeviceStateListComplete",
            rule: ListRule::Capture,
        },
        hand_written: false,
        example: || Box::new(DeviceStateList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DialplanExtensionAdd",
        modules: &["pbx_config"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DialplanExtensionAdd::new("x", "x", "x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "DialplanExtensionRemove",
        modules: &["pbx_config"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(DialplanExtensionRemove::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Events",
        modules: &["builtin"],
        since: &["0.9.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Events::new("on")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ExtensionState",
        modules: &["builtin"],
        since: &["0.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ExtensionState::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ExtensionStateList",
        modules: &["builtin"],
        since: &["13.0.0"],
        completion: SpecCompletion::List {
            complete_event: "ExtensionStateListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(ExtensionStateList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "FAXSession",
        modules: &["res_fax"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(FAXSession::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "FAXSessions",
        modules: &["res_fax"],
        since: &["13.0.0"],
        completion: SpecCompletion::List {
            complete_event: "FAXSessionsComplete",
            rule: ListRule::Spec,
        },
        hand_written: false,
        example: || Box::new(FAXSessions::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "FAXStats",
        modules: &["res_fax"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(FAXStats::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Filter",
        modules: &["builtin"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Filter::new("Event: Hangup")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "GetConfig",
        modules: &["builtin"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(GetConfig::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "GetConfigJSON",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(GetConfigJSON::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Getvar",
        modules: &["builtin"],
        since: &["1.0.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Getvar::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Hangup",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::ResponseOrList,
        hand_written: true,
        example: || Box::new(Hangup::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "IAXnetstats",
        modules: &["chan_iax2"],
        since: &["1.2.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(IAXnetstats::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "IAXpeerlist",
        modules: &["chan_iax2"],
        since: &["1.6.0"],
        completion: SpecCompletion::List {
            complete_event: "PeerlistComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(IAXpeerlist::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "IAXpeers",
        modules: &["chan_iax2"],
        since: &["0.3.0"],
        completion: SpecCompletion::List {
            complete_event: "PeerlistComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(IAXpeers::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "IAXregistry",
        modules: &["chan_iax2"],
        since: &["1.6.2.0"],
        completion: SpecCompletion::List {
            complete_event: "RegistrationsComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(IAXregistry::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "JabberSend",
        modules: &["res_xmpp"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(JabberSend::new("x", "x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ListCategories",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ListCategories::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ListCommands",
        modules: &["builtin"],
        since: &["1.0.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(ListCommands) as Box<dyn Action>,
    },
    ActionSpec {
        name: "LocalOptimizeAway",
        modules: &["builtin"],
        since: &["1.8.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(LocalOptimizeAway::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "LoggerRotate",
        modules: &["builtin"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(LoggerRotate::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Login",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Login::plain("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Logoff",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Logoff) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MWIDelete",
        modules: &["res_mwi_external_ami"],
        since: &["12.1.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MWIDelete::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MWIGet",
        modules: &["res_mwi_external_ami"],
        since: &["12.1.0"],
        completion: SpecCompletion::List {
            complete_event: "MWIGetComplete",
            rule: ListRule::Spec,
        },
        hand_written: false,
        example: || Box::new(MWIGet::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MWIUpdate",
        modules: &["res_mwi_external_ami"],
        since: &["12.1.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MWIUpdate::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MailboxCount",
        modules: &["builtin"],
        since: &["0.5.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MailboxCount::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MailboxStatus",
        modules: &["builtin"],
        since: &["0.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MailboxStatus::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MeetmeList",
        modules: &["app_meetme"],
        since: &["1.6.0"],
        completion: SpecCompletion::List {
            complete_event: "MeetmeListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(MeetmeList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MeetmeListRooms",
        modules: &["app_meetme"],
        since: &["10.0.0"],
        completion: SpecCompletion::List {
            complete_event: "MeetmeListRoomsComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(MeetmeListRooms::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MeetmeMute",
        modules: &["app_meetme"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MeetmeMute::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MeetmeUnmute",
        modules: &["app_meetme"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MeetmeUnmute::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MessageSend",
        modules: &["builtin"],
        since: &["11.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MessageSend::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MixMonitor",
        modules: &["app_mixmonitor"],
        since: &["11.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MixMonitor::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MixMonitorMute",
        modules: &["app_mixmonitor"],
        since: &["1.8.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(MixMonitorMute::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ModuleCheck",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ModuleCheck::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ModuleLoad",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(ModuleLoad::new(ModuleLoadLoadType::Load)) as Box<dyn Action>,
    },
    ActionSpec {
        name: "MuteAudio",
        modules: &["res_mutestream"],
        since: &["1.8.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || {
            Box::new(MuteAudio::new(
                "x",
                MuteAudioDirection::In,
                MuteAudioState::On,
            )) as Box<dyn Action>
        },
    },
    ActionSpec {
        name: "Originate",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::Originate,
        hand_written: true,
        example: || Box::new(Originate::extension("x", "x", "x", "1")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPHangup",
        modules: &["chan_pjsip"],
        since: &["21.1.0", "20.6.0", "18.21.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PJSIPHangup::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPNotify",
        modules: &["res_pjsip_notify"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PJSIPNotify::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPQualify",
        modules: &["res_pjsip"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PJSIPQualify::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPRegister",
        modules: &["res_pjsip_outbound_registration"],
        since: &["13.2.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PJSIPRegister::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPSetMaintenance",
        modules: &["res_pjsip_maintenance"],
        since: &["20.20.0", "22.10.0", "23.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || {
            Box::new(PJSIPSetMaintenance::new("x", PJSIPSetMaintenanceState::On)) as Box<dyn Action>
        },
    },
    ActionSpec {
        name: "PJSIPShowAors",
        modules: &["res_pjsip"],
        since: &["16.0.0"],
        completion: SpecCompletion::List {
            complete_event: "AorListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowAors::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowAuths",
        modules: &["res_pjsip"],
        since: &["16.0.0"],
        completion: SpecCompletion::List {
            complete_event: "AuthListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowAuths::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowContacts",
        modules: &["res_pjsip"],
        since: &["16.0.0"],
        completion: SpecCompletion::List {
            complete_event: "ContactListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowContacts::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowEndpoint",
        modules: &["res_pjsip"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "EndpointDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: true,
        example: || Box::new(PJSIPShowEndpoint::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowEndpoints",
        modules: &["res_pjsip"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "EndpointListComplete",
            rule: ListRule::Source,
        },
        hand_written: true,
        example: || Box::new(PJSIPShowEndpoints) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowMaintenance",
        modules: &["res_pjsip_maintenance"],
        since: &["20.20.0", "22.10.0", "23.4.0"],
        completion: SpecCompletion::List {
            complete_event: "PJSIPMaintenanceStatusComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowMaintenance::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowRegistrationInboundContactStatuses",
        modules: &["res_pjsip_registrar"],
        since: &["14.3.0", "13.14.0"],
        completion: SpecCompletion::List {
            complete_event: "ContactStatusDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowRegistrationInboundContactStatuses::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowRegistrationsInbound",
        modules: &["res_pjsip_registrar"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "InboundRegistrationDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowRegistrationsInbound::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowRegistrationsOutbound",
        modules: &["res_pjsip_outbound_registration"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "OutboundRegistrationDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowRegistrationsOutbound::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowResourceLists",
        modules: &["res_pjsip_pubsub"],
        since: &["13.0.0"],
        completion: SpecCompletion::List {
            complete_event: "ResourceListDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowResourceLists::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowSubscriptionsInbound",
        modules: &["res_pjsip_pubsub"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "InboundSubscriptionDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowSubscriptionsInbound::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPShowSubscriptionsOutbound",
        modules: &["res_pjsip_pubsub"],
        since: &["12.0.0"],
        completion: SpecCompletion::List {
            complete_event: "OutboundSubscriptionDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PJSIPShowSubscriptionsOutbound::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PJSIPUnregister",
        modules: &["res_pjsip_outbound_registration"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PJSIPUnregister::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PRIDebugFileSet",
        modules: &["chan_dahdi"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PRIDebugFileSet::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PRIDebugFileUnset",
        modules: &["chan_dahdi"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PRIDebugFileUnset::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PRIDebugSet",
        modules: &["chan_dahdi"],
        since: &["13.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PRIDebugSet::new("x", PRIDebugSetLevel::Off)) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PRIShowSpans",
        modules: &["chan_dahdi"],
        since: &["10.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PRIShowSpans::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Park",
        modules: &["parking_manager"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(Park::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ParkedCalls",
        modules: &["parking_manager"],
        since: &["0.7.2"],
        completion: SpecCompletion::List {
            complete_event: "ParkedCallsComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(ParkedCalls::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Parkinglots",
        modules: &["parking_manager"],
        since: &["11.0.0"],
        completion: SpecCompletion::List {
            complete_event: "ParkinglotsComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(Parkinglots::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Ping",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Ping) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PlayDTMF",
        modules: &["app_senddtmf"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PlayDTMF::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PlayMF",
        modules: &["app_mf"],
        since: &["16.21.0", "18.7.0", "19.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PlayMF::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PresenceState",
        modules: &["builtin"],
        since: &["11.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(PresenceState::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "PresenceStateList",
        modules: &["res_manager_presencestate"],
        since: &["13.0.0"],
        completion: SpecCompletion::List {
            complete_event: "PresenceStateListComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(PresenceStateList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueAdd",
        modules: &["app_queue"],
        since: &["1.0.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(QueueAdd::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueChangePriorityCaller",
        modules: &["app_queue"],
        since: &["15.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueChangePriorityCaller::new("x", "x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueLog",
        modules: &["app_queue"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueLog::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueMemberRingInUse",
        modules: &["app_queue"],
        since: &["11.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueMemberRingInUse::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueuePause",
        modules: &["app_queue"],
        since: &["1.2.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(QueuePause::new("x", true)) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueuePenalty",
        modules: &["app_queue"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueuePenalty::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueReload",
        modules: &["app_queue"],
        since: &["1.6.2.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueReload::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueRemove",
        modules: &["app_queue"],
        since: &["1.0.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(QueueRemove::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueReset",
        modules: &["app_queue"],
        since: &["1.6.2.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueReset::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueRule",
        modules: &["app_queue"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueRule::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueStatus",
        modules: &["app_queue"],
        since: &["0.5.0"],
        completion: SpecCompletion::List {
            complete_event: "QueueStatusComplete",
            rule: ListRule::Capture,
        },
        hand_written: true,
        example: || Box::new(QueueStatus::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueSummary",
        modules: &["app_queue"],
        since: &["1.6.0"],
        completion: SpecCompletion::List {
            complete_event: "QueueSummaryComplete",
            rule: ListRule::Capture,
        },
        hand_written: true,
        example: || Box::new(QueueSummary::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "QueueWithdrawCaller",
        modules: &["app_queue"],
        since: &["19.3.0", "18.11.0", "16.25.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(QueueWithdrawCaller::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Redirect",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Redirect::new("x", "x", "x", "1")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Reload",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(Reload::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SendFlash",
        modules: &["app_senddtmf"],
        since: &["20.3.0", "18.18.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SendFlash::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SendText",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SendText::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Setvar",
        modules: &["builtin"],
        since: &["1.0.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(Setvar::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "ShowDialPlan",
        modules: &["builtin"],
        since: &["1.6.0"],
        completion: SpecCompletion::List {
            complete_event: "ShowDialPlanComplete",
            rule: ListRule::Capture,
        },
        hand_written: false,
        example: || Box::new(ShowDialPlan::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SorceryMemoryCacheExpire",
        modules: &["res_sorcery_memory_cache"],
        since: &["13.5.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SorceryMemoryCacheExpire::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SorceryMemoryCacheExpireObject",
        modules: &["res_sorcery_memory_cache"],
        since: &["13.5.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SorceryMemoryCacheExpireObject::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SorceryMemoryCachePopulate",
        modules: &["res_sorcery_memory_cache"],
        since: &["13.7.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SorceryMemoryCachePopulate::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SorceryMemoryCacheStale",
        modules: &["res_sorcery_memory_cache"],
        since: &["13.5.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SorceryMemoryCacheStale::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "SorceryMemoryCacheStaleObject",
        modules: &["res_sorcery_memory_cache"],
        since: &["13.5.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(SorceryMemoryCacheStaleObject::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "Status",
        modules: &["builtin"],
        since: &["0.2.0"],
        completion: SpecCompletion::List {
            complete_event: "StatusComplete",
            rule: ListRule::Capture,
        },
        hand_written: true,
        example: || Box::new(Status::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "StopMixMonitor",
        modules: &["app_mixmonitor"],
        since: &["11.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(StopMixMonitor::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "UpdateConfig",
        modules: &["builtin"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(UpdateConfig::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "UserEvent",
        modules: &["builtin"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: true,
        example: || Box::new(UserEvent::new("x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "VoicemailBoxSummary",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["20.5.0", "18.20.0"],
        completion: SpecCompletion::List {
            complete_event: "VoicemailBoxDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(VoicemailBoxSummary::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "VoicemailForward",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["20.5.0", "18.20.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || {
            Box::new(VoicemailForward::new("x", "x", "x", "x", "x", "x", "x")) as Box<dyn Action>
        },
    },
    ActionSpec {
        name: "VoicemailMove",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["20.5.0", "18.20.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(VoicemailMove::new("x", "x", "x", "x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "VoicemailRefresh",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["12.0.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(VoicemailRefresh::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "VoicemailRemove",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["20.5.0", "18.20.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(VoicemailRemove::new("x", "x", "x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "VoicemailUserStatus",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["16.0.0"],
        completion: SpecCompletion::List {
            complete_event: "VoicemailUserDetailComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(VoicemailUserStatus::new("x", "x")) as Box<dyn Action>,
    },
    ActionSpec {
        name: "VoicemailUsersList",
        modules: &["app_voicemail", "app_voicemail_imap", "app_voicemail_odbc"],
        since: &["1.6.0"],
        completion: SpecCompletion::List {
            complete_event: "VoicemailUserEntryComplete",
            rule: ListRule::Source,
        },
        hand_written: false,
        example: || Box::new(VoicemailUsersList::new()) as Box<dyn Action>,
    },
    ActionSpec {
        name: "WaitEvent",
        modules: &["builtin"],
        since: &["1.4.0"],
        completion: SpecCompletion::Response,
        hand_written: false,
        example: || Box::new(WaitEvent::new("x")) as Box<dyn Action>,
    },
];

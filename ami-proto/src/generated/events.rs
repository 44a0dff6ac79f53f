//! Typed event views generated from the Asterisk 22.10.1 interface facts and the
//! captures by `ami-gen` (`cargo run -p ami-gen`); do not edit. 180 views: 171 from
//! the spec, 9 seen only in the captures.

use crate::Message;
use crate::events::{
    BridgeSnapshot, ChannelSnapshot, EventView, FieldError, Value, decimal, integer, text,
};

/// `Event: AgentCalled`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentCalled::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentCalled<'a> {
    msg: &'a Message,
}

impl<'a> AgentCalled<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentCalled";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        Ok(())
    }
}

impl EventView for AgentCalled<'_> {
    const NAME: &'static str = "AgentCalled";
    type View<'a> = AgentCalled<'a>;

    fn view(msg: &Message) -> Option<AgentCalled<'_>> {
        AgentCalled::from_message(msg)
    }
}

/// `Event: AgentComplete`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentComplete<'a> {
    msg: &'a Message,
}

impl<'a> AgentComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `HoldTime`, an integer (`None` when absent or empty).
    pub fn hold_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "HoldTime")
    }

    /// `TalkTime`, an integer (`None` when absent or empty).
    pub fn talk_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TalkTime")
    }

    /// `Reason`. Documented values: `caller`, `agent`, `transfer`.
    pub fn reason(&self) -> Option<Value<'a>> {
        text(self.msg, "Reason")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        self.hold_time().transpose()?;
        self.talk_time().transpose()?;
        Ok(())
    }
}

impl EventView for AgentComplete<'_> {
    const NAME: &'static str = "AgentComplete";
    type View<'a> = AgentComplete<'a>;

    fn view(msg: &Message) -> Option<AgentComplete<'_>> {
        AgentComplete::from_message(msg)
    }
}

/// `Event: AgentConnect`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentConnect::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentConnect<'a> {
    msg: &'a Message,
}

impl<'a> AgentConnect<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentConnect";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `RingTime`, an integer (`None` when absent or empty).
    pub fn ring_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "RingTime")
    }

    /// `HoldTime`, an integer (`None` when absent or empty).
    pub fn hold_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "HoldTime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        self.ring_time().transpose()?;
        self.hold_time().transpose()?;
        Ok(())
    }
}

impl EventView for AgentConnect<'_> {
    const NAME: &'static str = "AgentConnect";
    type View<'a> = AgentConnect<'a>;

    fn view(msg: &Message) -> Option<AgentConnect<'_>> {
        AgentConnect::from_message(msg)
    }
}

/// `Event: AgentDump`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentDump::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentDump<'a> {
    msg: &'a Message,
}

impl<'a> AgentDump<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentDump";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        Ok(())
    }
}

impl EventView for AgentDump<'_> {
    const NAME: &'static str = "AgentDump";
    type View<'a> = AgentDump<'a>;

    fn view(msg: &Message) -> Option<AgentDump<'_>> {
        AgentDump::from_message(msg)
    }
}

/// `Event: AgentLogin`: class `EVENT_FLAG_AGENT`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentLogin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentLogin<'a> {
    msg: &'a Message,
}

impl<'a> AgentLogin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentLogin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Agent`.
    pub fn agent(&self) -> Option<Value<'a>> {
        text(self.msg, "Agent")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AgentLogin<'_> {
    const NAME: &'static str = "AgentLogin";
    type View<'a> = AgentLogin<'a>;

    fn view(msg: &Message) -> Option<AgentLogin<'_>> {
        AgentLogin::from_message(msg)
    }
}

/// `Event: AgentLogoff`: class `EVENT_FLAG_AGENT`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentLogoff::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentLogoff<'a> {
    msg: &'a Message,
}

impl<'a> AgentLogoff<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentLogoff";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Agent`.
    pub fn agent(&self) -> Option<Value<'a>> {
        text(self.msg, "Agent")
    }

    /// `Logintime`, an integer (`None` when absent or empty).
    pub fn logintime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Logintime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.logintime().transpose()?;
        Ok(())
    }
}

impl EventView for AgentLogoff<'_> {
    const NAME: &'static str = "AgentLogoff";
    type View<'a> = AgentLogoff<'a>;

    fn view(msg: &Message) -> Option<AgentLogoff<'_>> {
        AgentLogoff::from_message(msg)
    }
}

/// `Event: AgentRingNoAnswer`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentRingNoAnswer::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentRingNoAnswer<'a> {
    msg: &'a Message,
}

impl<'a> AgentRingNoAnswer<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentRingNoAnswer";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `RingTime`, an integer (`None` when absent or empty).
    pub fn ring_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "RingTime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        self.ring_time().transpose()?;
        Ok(())
    }
}

impl EventView for AgentRingNoAnswer<'_> {
    const NAME: &'static str = "AgentRingNoAnswer";
    type View<'a> = AgentRingNoAnswer<'a>;

    fn view(msg: &Message) -> Option<AgentRingNoAnswer<'_>> {
        AgentRingNoAnswer::from_message(msg)
    }
}

/// `Event: Agents`: class `EVENT_FLAG_AGENT`, from `app_agent_pool`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Agents::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Agents<'a> {
    msg: &'a Message,
}

impl<'a> Agents<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Agents";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Agent`.
    pub fn agent(&self) -> Option<Value<'a>> {
        text(self.msg, "Agent")
    }

    /// `Name`.
    pub fn name(&self) -> Option<Value<'a>> {
        text(self.msg, "Name")
    }

    /// `Status`. Documented values: `AGENT_LOGGEDOFF`, `AGENT_IDLE`, `AGENT_ONCALL`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `TalkingToChan`.
    pub fn talking_to_chan(&self) -> Option<Value<'a>> {
        text(self.msg, "TalkingToChan")
    }

    /// `CallStarted`, an integer (`None` when absent or empty).
    pub fn call_started(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallStarted")
    }

    /// `LoggedInTime`, an integer (`None` when absent or empty).
    pub fn logged_in_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoggedInTime")
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.call_started().transpose()?;
        self.logged_in_time().transpose()?;
        Ok(())
    }
}

impl EventView for Agents<'_> {
    const NAME: &'static str = "Agents";
    type View<'a> = Agents<'a>;

    fn view(msg: &Message) -> Option<Agents<'_>> {
        Agents::from_message(msg)
    }
}

/// `Event: AgentsComplete`: class `EVENT_FLAG_AGENT`, from `app_agent_pool`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AgentsComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AgentsComplete<'a> {
    msg: &'a Message,
}

impl<'a> AgentsComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AgentsComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for AgentsComplete<'_> {
    const NAME: &'static str = "AgentsComplete";
    type View<'a> = AgentsComplete<'a>;

    fn view(msg: &Message) -> Option<AgentsComplete<'_>> {
        AgentsComplete::from_message(msg)
    }
}

/// `Event: AGIExecEnd`: class `EVENT_FLAG_AGI`, from `res_agi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AGIExecEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AGIExecEnd<'a> {
    msg: &'a Message,
}

impl<'a> AGIExecEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AGIExecEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Command`.
    pub fn command(&self) -> Option<Value<'a>> {
        text(self.msg, "Command")
    }

    /// `CommandId`.
    pub fn command_id(&self) -> Option<Value<'a>> {
        text(self.msg, "CommandId")
    }

    /// `ResultCode`.
    pub fn result_code(&self) -> Option<Value<'a>> {
        text(self.msg, "ResultCode")
    }

    /// `Result`.
    pub fn result(&self) -> Option<Value<'a>> {
        text(self.msg, "Result")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AGIExecEnd<'_> {
    const NAME: &'static str = "AGIExecEnd";
    type View<'a> = AGIExecEnd<'a>;

    fn view(msg: &Message) -> Option<AGIExecEnd<'_>> {
        AGIExecEnd::from_message(msg)
    }
}

/// `Event: AGIExecStart`: class `EVENT_FLAG_AGI`, from `res_agi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AGIExecStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AGIExecStart<'a> {
    msg: &'a Message,
}

impl<'a> AGIExecStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AGIExecStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Command`.
    pub fn command(&self) -> Option<Value<'a>> {
        text(self.msg, "Command")
    }

    /// `CommandId`.
    pub fn command_id(&self) -> Option<Value<'a>> {
        text(self.msg, "CommandId")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AGIExecStart<'_> {
    const NAME: &'static str = "AGIExecStart";
    type View<'a> = AGIExecStart<'a>;

    fn view(msg: &Message) -> Option<AGIExecStart<'_>> {
        AGIExecStart::from_message(msg)
    }
}

/// `Event: Alarm`: class `EVENT_FLAG_SYSTEM`, from `chan_dahdi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Alarm::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Alarm<'a> {
    msg: &'a Message,
}

impl<'a> Alarm<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Alarm";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `DAHDIChannel`.
    pub fn dahdi_channel(&self) -> Option<Value<'a>> {
        text(self.msg, "DAHDIChannel")
    }

    /// `Alarm`.
    pub fn alarm(&self) -> Option<Value<'a>> {
        text(self.msg, "Alarm")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for Alarm<'_> {
    const NAME: &'static str = "Alarm";
    type View<'a> = Alarm<'a>;

    fn view(msg: &Message) -> Option<Alarm<'_>> {
        Alarm::from_message(msg)
    }
}

/// `Event: AlarmClear`: class `EVENT_FLAG_SYSTEM`, from `chan_dahdi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AlarmClear::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AlarmClear<'a> {
    msg: &'a Message,
}

impl<'a> AlarmClear<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AlarmClear";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `DAHDIChannel`.
    pub fn dahdi_channel(&self) -> Option<Value<'a>> {
        text(self.msg, "DAHDIChannel")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for AlarmClear<'_> {
    const NAME: &'static str = "AlarmClear";
    type View<'a> = AlarmClear<'a>;

    fn view(msg: &Message) -> Option<AlarmClear<'_>> {
        AlarmClear::from_message(msg)
    }
}

/// `Event: AOC-D`: class `EVENT_FLAG_AOC`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AOCD::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AOCD<'a> {
    msg: &'a Message,
}

impl<'a> AOCD<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AOC-D";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Charge`.
    pub fn charge(&self) -> Option<Value<'a>> {
        text(self.msg, "Charge")
    }

    /// `Type`. Documented values: `NotAvailable`, `Free`, `Currency`, `Units`.
    pub fn type_(&self) -> Option<Value<'a>> {
        text(self.msg, "Type")
    }

    /// `BillingID`. Documented values: `Normal`, `Reverse`, `CreditCard`, `CallForwardingUnconditional`, `CallForwardingBusy`, `CallForwardingNoReply`, `CallDeflection`, `CallTransfer`, `NotAvailable`.
    pub fn billing_id(&self) -> Option<Value<'a>> {
        text(self.msg, "BillingID")
    }

    /// `TotalType`. Documented values: `SubTotal`, `Total`.
    pub fn total_type(&self) -> Option<Value<'a>> {
        text(self.msg, "TotalType")
    }

    /// `Currency`.
    pub fn currency(&self) -> Option<Value<'a>> {
        text(self.msg, "Currency")
    }

    /// `Name`.
    pub fn name(&self) -> Option<Value<'a>> {
        text(self.msg, "Name")
    }

    /// `Cost`.
    pub fn cost(&self) -> Option<Value<'a>> {
        text(self.msg, "Cost")
    }

    /// `Multiplier`. Documented values: `1/1000`, `1/100`, `1/10`, `1`, `10`, `100`, `1000`.
    pub fn multiplier(&self) -> Option<Value<'a>> {
        text(self.msg, "Multiplier")
    }

    /// `Units`.
    pub fn units(&self) -> Option<Value<'a>> {
        text(self.msg, "Units")
    }

    /// `NumberOf`.
    pub fn number_of(&self) -> Option<Value<'a>> {
        text(self.msg, "NumberOf")
    }

    /// `TypeOf`.
    pub fn type_of(&self) -> Option<Value<'a>> {
        text(self.msg, "TypeOf")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AOCD<'_> {
    const NAME: &'static str = "AOC-D";
    type View<'a> = AOCD<'a>;

    fn view(msg: &Message) -> Option<AOCD<'_>> {
        AOCD::from_message(msg)
    }
}

/// `Event: AOC-E`: class `EVENT_FLAG_AOC`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AOCE::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AOCE<'a> {
    msg: &'a Message,
}

impl<'a> AOCE<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AOC-E";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `ChargingAssociation`.
    pub fn charging_association(&self) -> Option<Value<'a>> {
        text(self.msg, "ChargingAssociation")
    }

    /// `Number`.
    pub fn number(&self) -> Option<Value<'a>> {
        text(self.msg, "Number")
    }

    /// `Plan`.
    pub fn plan(&self) -> Option<Value<'a>> {
        text(self.msg, "Plan")
    }

    /// `ID`.
    pub fn id(&self) -> Option<Value<'a>> {
        text(self.msg, "ID")
    }

    /// `Charge`.
    pub fn charge(&self) -> Option<Value<'a>> {
        text(self.msg, "Charge")
    }

    /// `Type`. Documented values: `NotAvailable`, `Free`, `Currency`, `Units`.
    pub fn type_(&self) -> Option<Value<'a>> {
        text(self.msg, "Type")
    }

    /// `BillingID`. Documented values: `Normal`, `Reverse`, `CreditCard`, `CallForwardingUnconditional`, `CallForwardingBusy`, `CallForwardingNoReply`, `CallDeflection`, `CallTransfer`, `NotAvailable`.
    pub fn billing_id(&self) -> Option<Value<'a>> {
        text(self.msg, "BillingID")
    }

    /// `TotalType`. Documented values: `SubTotal`, `Total`.
    pub fn total_type(&self) -> Option<Value<'a>> {
        text(self.msg, "TotalType")
    }

    /// `Currency`.
    pub fn currency(&self) -> Option<Value<'a>> {
        text(self.msg, "Currency")
    }

    /// `Name`.
    pub fn name(&self) -> Option<Value<'a>> {
        text(self.msg, "Name")
    }

    /// `Cost`.
    pub fn cost(&self) -> Option<Value<'a>> {
        text(self.msg, "Cost")
    }

    /// `Multiplier`. Documented values: `1/1000`, `1/100`, `1/10`, `1`, `10`, `100`, `1000`.
    pub fn multiplier(&self) -> Option<Value<'a>> {
        text(self.msg, "Multiplier")
    }

    /// `Units`.
    pub fn units(&self) -> Option<Value<'a>> {
        text(self.msg, "Units")
    }

    /// `NumberOf`.
    pub fn number_of(&self) -> Option<Value<'a>> {
        text(self.msg, "NumberOf")
    }

    /// `TypeOf`.
    pub fn type_of(&self) -> Option<Value<'a>> {
        text(self.msg, "TypeOf")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AOCE<'_> {
    const NAME: &'static str = "AOC-E";
    type View<'a> = AOCE<'a>;

    fn view(msg: &Message) -> Option<AOCE<'_>> {
        AOCE::from_message(msg)
    }
}

/// `Event: AOC-S`: class `EVENT_FLAG_AOC`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AOCS::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AOCS<'a> {
    msg: &'a Message,
}

impl<'a> AOCS<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AOC-S";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Chargeable`.
    pub fn chargeable(&self) -> Option<Value<'a>> {
        text(self.msg, "Chargeable")
    }

    /// `RateType`. Documented values: `NotAvailable`, `Free`, `FreeFromBeginning`, `Duration`, `Flag`, `Volume`, `SpecialCode`.
    pub fn rate_type(&self) -> Option<Value<'a>> {
        text(self.msg, "RateType")
    }

    /// `Currency`.
    pub fn currency(&self) -> Option<Value<'a>> {
        text(self.msg, "Currency")
    }

    /// `Name`.
    pub fn name(&self) -> Option<Value<'a>> {
        text(self.msg, "Name")
    }

    /// `Cost`.
    pub fn cost(&self) -> Option<Value<'a>> {
        text(self.msg, "Cost")
    }

    /// `Multiplier`. Documented values: `1/1000`, `1/100`, `1/10`, `1`, `10`, `100`, `1000`.
    pub fn multiplier(&self) -> Option<Value<'a>> {
        text(self.msg, "Multiplier")
    }

    /// `ChargingType`.
    pub fn charging_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ChargingType")
    }

    /// `StepFunction`.
    pub fn step_function(&self) -> Option<Value<'a>> {
        text(self.msg, "StepFunction")
    }

    /// `Granularity`.
    pub fn granularity(&self) -> Option<Value<'a>> {
        text(self.msg, "Granularity")
    }

    /// `Length`.
    pub fn length(&self) -> Option<Value<'a>> {
        text(self.msg, "Length")
    }

    /// `Scale`.
    pub fn scale(&self) -> Option<Value<'a>> {
        text(self.msg, "Scale")
    }

    /// `Unit`. Documented values: `Octet`, `Segment`, `Message`.
    pub fn unit(&self) -> Option<Value<'a>> {
        text(self.msg, "Unit")
    }

    /// `SpecialCode`.
    pub fn special_code(&self) -> Option<Value<'a>> {
        text(self.msg, "SpecialCode")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AOCS<'_> {
    const NAME: &'static str = "AOC-S";
    type View<'a> = AOCS<'a>;

    fn view(msg: &Message) -> Option<AOCS<'_>> {
        AOCS::from_message(msg)
    }
}

/// `Event: AorDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 13.12.0, 14.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AorDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AorDetail<'a> {
    msg: &'a Message,
}

impl<'a> AorDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AorDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `MinimumExpiration`.
    pub fn minimum_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "MinimumExpiration")
    }

    /// `MaximumExpiration`.
    pub fn maximum_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "MaximumExpiration")
    }

    /// `DefaultExpiration`.
    pub fn default_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "DefaultExpiration")
    }

    /// `QualifyFrequency`.
    pub fn qualify_frequency(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyFrequency")
    }

    /// `AuthenticateQualify`.
    pub fn authenticate_qualify(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthenticateQualify")
    }

    /// `MaxContacts`, an integer (`None` when absent or empty).
    pub fn max_contacts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "MaxContacts")
    }

    /// `RemoveExisting`.
    pub fn remove_existing(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoveExisting")
    }

    /// `RemoveUnavailable`.
    pub fn remove_unavailable(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoveUnavailable")
    }

    /// `Mailboxes`.
    pub fn mailboxes(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailboxes")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `SupportPath`.
    pub fn support_path(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportPath")
    }

    /// `Qualify2xxOnly`.
    pub fn qualify2xx_only(&self) -> Option<Value<'a>> {
        text(self.msg, "Qualify2xxOnly")
    }

    /// `QualifyTimeout`.
    pub fn qualify_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyTimeout")
    }

    /// `VoicemailExtension`.
    pub fn voicemail_extension(&self) -> Option<Value<'a>> {
        text(self.msg, "VoicemailExtension")
    }

    /// `Contacts`.
    pub fn contacts(&self) -> Option<Value<'a>> {
        text(self.msg, "Contacts")
    }

    /// `TotalContacts`, an integer (`None` when absent or empty).
    pub fn total_contacts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TotalContacts")
    }

    /// `ContactsRegistered`, an integer (`None` when absent or empty).
    pub fn contacts_registered(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ContactsRegistered")
    }

    /// `EndpointName`.
    pub fn endpoint_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EndpointName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.max_contacts().transpose()?;
        self.total_contacts().transpose()?;
        self.contacts_registered().transpose()?;
        Ok(())
    }
}

impl EventView for AorDetail<'_> {
    const NAME: &'static str = "AorDetail";
    type View<'a> = AorDetail<'a>;

    fn view(msg: &Message) -> Option<AorDetail<'_>> {
        AorDetail::from_message(msg)
    }
}

/// `Event: AorList`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 16.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AorList::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AorList<'a> {
    msg: &'a Message,
}

impl<'a> AorList<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AorList";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `MinimumExpiration`.
    pub fn minimum_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "MinimumExpiration")
    }

    /// `MaximumExpiration`.
    pub fn maximum_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "MaximumExpiration")
    }

    /// `DefaultExpiration`.
    pub fn default_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "DefaultExpiration")
    }

    /// `QualifyFrequency`.
    pub fn qualify_frequency(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyFrequency")
    }

    /// `QualifyTimeout`.
    pub fn qualify_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyTimeout")
    }

    /// `Qualify2xxOnly`.
    pub fn qualify2xx_only(&self) -> Option<Value<'a>> {
        text(self.msg, "Qualify2xxOnly")
    }

    /// `AuthenticateQualify`.
    pub fn authenticate_qualify(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthenticateQualify")
    }

    /// `MaxContacts`, an integer (`None` when absent or empty).
    pub fn max_contacts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "MaxContacts")
    }

    /// `RemoveExisting`.
    pub fn remove_existing(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoveExisting")
    }

    /// `RemoveUnavailable`.
    pub fn remove_unavailable(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoveUnavailable")
    }

    /// `Mailboxes`.
    pub fn mailboxes(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailboxes")
    }

    /// `VoicemailExtension`.
    pub fn voicemail_extension(&self) -> Option<Value<'a>> {
        text(self.msg, "VoicemailExtension")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `SupportPath`.
    pub fn support_path(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportPath")
    }

    /// `Contacts`.
    pub fn contacts(&self) -> Option<Value<'a>> {
        text(self.msg, "Contacts")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.max_contacts().transpose()?;
        Ok(())
    }
}

impl EventView for AorList<'_> {
    const NAME: &'static str = "AorList";
    type View<'a> = AorList<'a>;

    fn view(msg: &Message) -> Option<AorList<'_>> {
        AorList::from_message(msg)
    }
}

/// `Event: AsyncAGIEnd`: class `EVENT_FLAG_AGI`, from `res_agi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AsyncAGIEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AsyncAGIEnd<'a> {
    msg: &'a Message,
}

impl<'a> AsyncAGIEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AsyncAGIEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AsyncAGIEnd<'_> {
    const NAME: &'static str = "AsyncAGIEnd";
    type View<'a> = AsyncAGIEnd<'a>;

    fn view(msg: &Message) -> Option<AsyncAGIEnd<'_>> {
        AsyncAGIEnd::from_message(msg)
    }
}

/// `Event: AsyncAGIExec`: class `EVENT_FLAG_AGI`, from `res_agi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AsyncAGIExec::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AsyncAGIExec<'a> {
    msg: &'a Message,
}

impl<'a> AsyncAGIExec<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AsyncAGIExec";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `CommandID`.
    pub fn command_id(&self) -> Option<Value<'a>> {
        text(self.msg, "CommandID")
    }

    /// `Result`.
    pub fn result(&self) -> Option<Value<'a>> {
        text(self.msg, "Result")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AsyncAGIExec<'_> {
    const NAME: &'static str = "AsyncAGIExec";
    type View<'a> = AsyncAGIExec<'a>;

    fn view(msg: &Message) -> Option<AsyncAGIExec<'_>> {
        AsyncAGIExec::from_message(msg)
    }
}

/// `Event: AsyncAGIStart`: class `EVENT_FLAG_AGI`, from `res_agi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AsyncAGIStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AsyncAGIStart<'a> {
    msg: &'a Message,
}

impl<'a> AsyncAGIStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AsyncAGIStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Env`.
    pub fn env(&self) -> Option<Value<'a>> {
        text(self.msg, "Env")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for AsyncAGIStart<'_> {
    const NAME: &'static str = "AsyncAGIStart";
    type View<'a> = AsyncAGIStart<'a>;

    fn view(msg: &Message) -> Option<AsyncAGIStart<'_>> {
        AsyncAGIStart::from_message(msg)
    }
}

/// `Event: AttendedTransfer`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AttendedTransfer::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AttendedTransfer<'a> {
    msg: &'a Message,
}

impl<'a> AttendedTransfer<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AttendedTransfer";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `OrigTransfererChannel`, `OrigTransfererChannelState`, ... `OrigTransfererLinkedid`.
    pub fn orig_transferer_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "OrigTransferer")
    }

    /// The channel snapshot `SecondTransfererChannel`, `SecondTransfererChannelState`, ... `SecondTransfererLinkedid`.
    pub fn second_transferer_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "SecondTransferer")
    }

    /// The channel snapshot `LocalOneChannel`, `LocalOneChannelState`, ... `LocalOneLinkedid`.
    pub fn local_one_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalOne")
    }

    /// The channel snapshot `LocalTwoChannel`, `LocalTwoChannelState`, ... `LocalTwoLinkedid`.
    pub fn local_two_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalTwo")
    }

    /// The channel snapshot `TransfereeChannel`, `TransfereeChannelState`, ... `TransfereeLinkedid`.
    pub fn transferee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Transferee")
    }

    /// The channel snapshot `TransferTargetChannel`, `TransferTargetChannelState`, ... `TransferTargetLinkedid`.
    pub fn transfer_target_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "TransferTarget")
    }

    /// The bridge snapshot `OrigBridgeUniqueid`, `OrigBridgeType`, ... `OrigBridgeVideoSource`.
    pub fn orig_bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "Orig")
    }

    /// The bridge snapshot `SecondBridgeUniqueid`, `SecondBridgeType`, ... `SecondBridgeVideoSource`.
    pub fn second_bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "Second")
    }

    /// `Result`. Documented values: `Fail`, `Invalid`, `Not Permitted`, `Success`.
    pub fn result(&self) -> Option<Value<'a>> {
        text(self.msg, "Result")
    }

    /// `DestType`. Documented values: `Bridge`, `App`, `Link`, `Threeway`, `Fail`.
    pub fn dest_type(&self) -> Option<Value<'a>> {
        text(self.msg, "DestType")
    }

    /// `DestBridgeUniqueid`.
    pub fn dest_bridge_uniqueid(&self) -> Option<Value<'a>> {
        text(self.msg, "DestBridgeUniqueid")
    }

    /// `DestApp`.
    pub fn dest_app(&self) -> Option<Value<'a>> {
        text(self.msg, "DestApp")
    }

    /// `DestTransfererChannel`.
    pub fn dest_transferer_channel(&self) -> Option<Value<'a>> {
        text(self.msg, "DestTransfererChannel")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.orig_transferer_channel().validate()?;
        self.second_transferer_channel().validate()?;
        self.local_one_channel().validate()?;
        self.local_two_channel().validate()?;
        self.transferee_channel().validate()?;
        self.transfer_target_channel().validate()?;
        self.orig_bridge().validate()?;
        self.second_bridge().validate()?;
        Ok(())
    }
}

impl EventView for AttendedTransfer<'_> {
    const NAME: &'static str = "AttendedTransfer";
    type View<'a> = AttendedTransfer<'a>;

    fn view(msg: &Message) -> Option<AttendedTransfer<'_>> {
        AttendedTransfer::from_message(msg)
    }
}

/// `Event: AuthDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AuthDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AuthDetail<'a> {
    msg: &'a Message,
}

impl<'a> AuthDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AuthDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `Username`.
    pub fn username(&self) -> Option<Value<'a>> {
        text(self.msg, "Username")
    }

    /// `Password`.
    pub fn password(&self) -> Option<Value<'a>> {
        text(self.msg, "Password")
    }

    /// `Md5Cred`.
    pub fn md5_cred(&self) -> Option<Value<'a>> {
        text(self.msg, "Md5Cred")
    }

    /// `Realm`.
    pub fn realm(&self) -> Option<Value<'a>> {
        text(self.msg, "Realm")
    }

    /// `NonceLifetime`.
    pub fn nonce_lifetime(&self) -> Option<Value<'a>> {
        text(self.msg, "NonceLifetime")
    }

    /// `AuthType`.
    pub fn auth_type(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthType")
    }

    /// `EndpointName`.
    pub fn endpoint_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EndpointName")
    }

    /// `OauthClientid`.
    pub fn oauth_clientid(&self) -> Option<Value<'a>> {
        text(self.msg, "OauthClientid")
    }

    /// `OauthSecret`.
    pub fn oauth_secret(&self) -> Option<Value<'a>> {
        text(self.msg, "OauthSecret")
    }

    /// `PasswordDigest`.
    pub fn password_digest(&self) -> Option<Value<'a>> {
        text(self.msg, "PasswordDigest")
    }

    /// `RefreshToken`.
    pub fn refresh_token(&self) -> Option<Value<'a>> {
        text(self.msg, "RefreshToken")
    }

    /// `SupportedAlgorithmsUac`.
    pub fn supported_algorithms_uac(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportedAlgorithmsUac")
    }

    /// `SupportedAlgorithmsUas`.
    pub fn supported_algorithms_uas(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportedAlgorithmsUas")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for AuthDetail<'_> {
    const NAME: &'static str = "AuthDetail";
    type View<'a> = AuthDetail<'a>;

    fn view(msg: &Message) -> Option<AuthDetail<'_>> {
        AuthDetail::from_message(msg)
    }
}

/// `Event: AuthList`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 16.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AuthList::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AuthList<'a> {
    msg: &'a Message,
}

impl<'a> AuthList<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AuthList";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `Username`.
    pub fn username(&self) -> Option<Value<'a>> {
        text(self.msg, "Username")
    }

    /// `Md5Cred`.
    pub fn md5_cred(&self) -> Option<Value<'a>> {
        text(self.msg, "Md5Cred")
    }

    /// `Realm`.
    pub fn realm(&self) -> Option<Value<'a>> {
        text(self.msg, "Realm")
    }

    /// `AuthType`.
    pub fn auth_type(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthType")
    }

    /// `Password`.
    pub fn password(&self) -> Option<Value<'a>> {
        text(self.msg, "Password")
    }

    /// `NonceLifetime`.
    pub fn nonce_lifetime(&self) -> Option<Value<'a>> {
        text(self.msg, "NonceLifetime")
    }

    /// `OauthClientid`.
    pub fn oauth_clientid(&self) -> Option<Value<'a>> {
        text(self.msg, "OauthClientid")
    }

    /// `OauthSecret`.
    pub fn oauth_secret(&self) -> Option<Value<'a>> {
        text(self.msg, "OauthSecret")
    }

    /// `PasswordDigest`.
    pub fn password_digest(&self) -> Option<Value<'a>> {
        text(self.msg, "PasswordDigest")
    }

    /// `RefreshToken`.
    pub fn refresh_token(&self) -> Option<Value<'a>> {
        text(self.msg, "RefreshToken")
    }

    /// `SupportedAlgorithmsUac`.
    pub fn supported_algorithms_uac(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportedAlgorithmsUac")
    }

    /// `SupportedAlgorithmsUas`.
    pub fn supported_algorithms_uas(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportedAlgorithmsUas")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for AuthList<'_> {
    const NAME: &'static str = "AuthList";
    type View<'a> = AuthList<'a>;

    fn view(msg: &Message) -> Option<AuthList<'_>> {
        AuthList::from_message(msg)
    }
}

/// `Event: AuthMethodNotAllowed`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`AuthMethodNotAllowed::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct AuthMethodNotAllowed<'a> {
    msg: &'a Message,
}

impl<'a> AuthMethodNotAllowed<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "AuthMethodNotAllowed";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `AuthMethod`.
    pub fn auth_method(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthMethod")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for AuthMethodNotAllowed<'_> {
    const NAME: &'static str = "AuthMethodNotAllowed";
    type View<'a> = AuthMethodNotAllowed<'a>;

    fn view(msg: &Message) -> Option<AuthMethodNotAllowed<'_>> {
        AuthMethodNotAllowed::from_message(msg)
    }
}

/// `Event: BlindTransfer`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BlindTransfer::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BlindTransfer<'a> {
    msg: &'a Message,
}

impl<'a> BlindTransfer<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BlindTransfer";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `TransfererChannel`, `TransfererChannelState`, ... `TransfererLinkedid`.
    pub fn transferer_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Transferer")
    }

    /// The channel snapshot `TransfereeChannel`, `TransfereeChannelState`, ... `TransfereeLinkedid`.
    pub fn transferee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Transferee")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Result`. Documented values: `Fail`, `Invalid`, `Not Permitted`, `Success`.
    pub fn result(&self) -> Option<Value<'a>> {
        text(self.msg, "Result")
    }

    /// `IsExternal`. Documented values: `Yes`, `No`.
    pub fn is_external(&self) -> Option<Value<'a>> {
        text(self.msg, "IsExternal")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Extension`.
    pub fn extension(&self) -> Option<Value<'a>> {
        text(self.msg, "Extension")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.transferer_channel().validate()?;
        self.transferee_channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for BlindTransfer<'_> {
    const NAME: &'static str = "BlindTransfer";
    type View<'a> = BlindTransfer<'a>;

    fn view(msg: &Message) -> Option<BlindTransfer<'_>> {
        BlindTransfer::from_message(msg)
    }
}

/// `Event: BridgeCreate`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BridgeCreate::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BridgeCreate<'a> {
    msg: &'a Message,
}

impl<'a> BridgeCreate<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BridgeCreate";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for BridgeCreate<'_> {
    const NAME: &'static str = "BridgeCreate";
    type View<'a> = BridgeCreate<'a>;

    fn view(msg: &Message) -> Option<BridgeCreate<'_>> {
        BridgeCreate::from_message(msg)
    }
}

/// `Event: BridgeDestroy`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BridgeDestroy::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BridgeDestroy<'a> {
    msg: &'a Message,
}

impl<'a> BridgeDestroy<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BridgeDestroy";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for BridgeDestroy<'_> {
    const NAME: &'static str = "BridgeDestroy";
    type View<'a> = BridgeDestroy<'a>;

    fn view(msg: &Message) -> Option<BridgeDestroy<'_>> {
        BridgeDestroy::from_message(msg)
    }
}

/// `Event: BridgeEnter`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BridgeEnter::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BridgeEnter<'a> {
    msg: &'a Message,
}

impl<'a> BridgeEnter<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BridgeEnter";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `SwapUniqueid`.
    pub fn swap_uniqueid(&self) -> Option<Value<'a>> {
        text(self.msg, "SwapUniqueid")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for BridgeEnter<'_> {
    const NAME: &'static str = "BridgeEnter";
    type View<'a> = BridgeEnter<'a>;

    fn view(msg: &Message) -> Option<BridgeEnter<'_>> {
        BridgeEnter::from_message(msg)
    }
}

/// `Event: BridgeLeave`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BridgeLeave::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BridgeLeave<'a> {
    msg: &'a Message,
}

impl<'a> BridgeLeave<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BridgeLeave";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for BridgeLeave<'_> {
    const NAME: &'static str = "BridgeLeave";
    type View<'a> = BridgeLeave<'a>;

    fn view(msg: &Message) -> Option<BridgeLeave<'_>> {
        BridgeLeave::from_message(msg)
    }
}

/// `Event: BridgeMerge`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BridgeMerge::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BridgeMerge<'a> {
    msg: &'a Message,
}

impl<'a> BridgeMerge<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BridgeMerge";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `ToBridgeUniqueid`, `ToBridgeType`, ... `ToBridgeVideoSource`.
    pub fn to_bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "To")
    }

    /// The bridge snapshot `FromBridgeUniqueid`, `FromBridgeType`, ... `FromBridgeVideoSource`.
    pub fn from_bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "From")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.to_bridge().validate()?;
        self.from_bridge().validate()?;
        Ok(())
    }
}

impl EventView for BridgeMerge<'_> {
    const NAME: &'static str = "BridgeMerge";
    type View<'a> = BridgeMerge<'a>;

    fn view(msg: &Message) -> Option<BridgeMerge<'_>> {
        BridgeMerge::from_message(msg)
    }
}

/// `Event: BridgeVideoSourceUpdate`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 13.13.0, 14.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`BridgeVideoSourceUpdate::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct BridgeVideoSourceUpdate<'a> {
    msg: &'a Message,
}

impl<'a> BridgeVideoSourceUpdate<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "BridgeVideoSourceUpdate";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `BridgePreviousVideoSource`.
    pub fn bridge_previous_video_source(&self) -> Option<Value<'a>> {
        text(self.msg, "BridgePreviousVideoSource")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for BridgeVideoSourceUpdate<'_> {
    const NAME: &'static str = "BridgeVideoSourceUpdate";
    type View<'a> = BridgeVideoSourceUpdate<'a>;

    fn view(msg: &Message) -> Option<BridgeVideoSourceUpdate<'_>> {
        BridgeVideoSourceUpdate::from_message(msg)
    }
}

/// `Event: Cdr`: class `EVENT_FLAG_CDR`, from `cdr_manager`, since Asterisk 13.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Cdr::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Cdr<'a> {
    msg: &'a Message,
}

impl<'a> Cdr<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Cdr";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `AccountCode`.
    pub fn account_code(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountCode")
    }

    /// `Source`.
    pub fn source(&self) -> Option<Value<'a>> {
        text(self.msg, "Source")
    }

    /// `Destination`.
    pub fn destination(&self) -> Option<Value<'a>> {
        text(self.msg, "Destination")
    }

    /// `DestinationContext`.
    pub fn destination_context(&self) -> Option<Value<'a>> {
        text(self.msg, "DestinationContext")
    }

    /// `CallerID`.
    pub fn caller_id(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerID")
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// `DestinationChannel`.
    pub fn destination_channel(&self) -> Option<Value<'a>> {
        text(self.msg, "DestinationChannel")
    }

    /// `LastApplication`.
    pub fn last_application(&self) -> Option<Value<'a>> {
        text(self.msg, "LastApplication")
    }

    /// `LastData`.
    pub fn last_data(&self) -> Option<Value<'a>> {
        text(self.msg, "LastData")
    }

    /// `StartTime`.
    pub fn start_time(&self) -> Option<Value<'a>> {
        text(self.msg, "StartTime")
    }

    /// `AnswerTime`.
    pub fn answer_time(&self) -> Option<Value<'a>> {
        text(self.msg, "AnswerTime")
    }

    /// `EndTime`.
    pub fn end_time(&self) -> Option<Value<'a>> {
        text(self.msg, "EndTime")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// `BillableSeconds`, an integer (`None` when absent or empty).
    pub fn billable_seconds(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "BillableSeconds")
    }

    /// `Disposition`. Documented values: `NO ANSWER`, `FAILED`, `BUSY`, `ANSWERED`, `CONGESTION`.
    pub fn disposition(&self) -> Option<Value<'a>> {
        text(self.msg, "Disposition")
    }

    /// `AMAFlags`. Documented values: `OMIT`, `BILLING`, `DOCUMENTATION`.
    pub fn ama_flags(&self) -> Option<Value<'a>> {
        text(self.msg, "AMAFlags")
    }

    /// `UniqueID`.
    pub fn unique_id(&self) -> Option<Value<'a>> {
        text(self.msg, "UniqueID")
    }

    /// `UserField`.
    pub fn user_field(&self) -> Option<Value<'a>> {
        text(self.msg, "UserField")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.billable_seconds().transpose()?;
        Ok(())
    }
}

impl EventView for Cdr<'_> {
    const NAME: &'static str = "Cdr";
    type View<'a> = Cdr<'a>;

    fn view(msg: &Message) -> Option<Cdr<'_>> {
        Cdr::from_message(msg)
    }
}

/// `Event: CEL`: class `EVENT_FLAG_CALL`, from `cel_manager`, since Asterisk 13.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`CEL::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct CEL<'a> {
    msg: &'a Message,
}

impl<'a> CEL<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "CEL";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventName`. Documented values: `CHAN_START`, `CHAN_END`, `ANSWER`, `HANGUP`, `BRIDGE_ENTER`, `BRIDGE_EXIT`, `APP_START`, `APP_END`, `PARK_START`, `PARK_END`, `BLINDTRANSFER`, `ATTENDEDTRANSFER`, `PICKUP`, `FORWARD`, `LINKEDID_END`, `LOCAL_OPTIMIZE_BEGIN`, `LOCAL_OPTIMIZE`, `STREAM_BEGIN`, `STREAM_END`, `DTMF`, `USER_DEFINED`.
    pub fn event_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EventName")
    }

    /// `AccountCode`.
    pub fn account_code(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountCode")
    }

    /// `CallerIDnum`.
    pub fn caller_id_num(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDnum")
    }

    /// `CallerIDname`.
    pub fn caller_id_name(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDname")
    }

    /// `CallerIDani`.
    pub fn caller_id_ani(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDani")
    }

    /// `CallerIDrdnis`.
    pub fn caller_id_rdnis(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDrdnis")
    }

    /// `CallerIDdnid`.
    pub fn caller_id_dnid(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDdnid")
    }

    /// `Exten`.
    pub fn exten(&self) -> Option<Value<'a>> {
        text(self.msg, "Exten")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Application`.
    pub fn application(&self) -> Option<Value<'a>> {
        text(self.msg, "Application")
    }

    /// `AppData`.
    pub fn app_data(&self) -> Option<Value<'a>> {
        text(self.msg, "AppData")
    }

    /// `EventTime`.
    pub fn event_time(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTime")
    }

    /// `AMAFlags`. Documented values: `OMIT`, `BILLING`, `DOCUMENTATION`.
    pub fn ama_flags(&self) -> Option<Value<'a>> {
        text(self.msg, "AMAFlags")
    }

    /// `UniqueID`.
    pub fn unique_id(&self) -> Option<Value<'a>> {
        text(self.msg, "UniqueID")
    }

    /// `LinkedID`.
    pub fn linked_id(&self) -> Option<Value<'a>> {
        text(self.msg, "LinkedID")
    }

    /// `UserField`.
    pub fn user_field(&self) -> Option<Value<'a>> {
        text(self.msg, "UserField")
    }

    /// `Peer`.
    pub fn peer(&self) -> Option<Value<'a>> {
        text(self.msg, "Peer")
    }

    /// `PeerAccount`.
    pub fn peer_account(&self) -> Option<Value<'a>> {
        text(self.msg, "PeerAccount")
    }

    /// `Extra`.
    pub fn extra(&self) -> Option<Value<'a>> {
        text(self.msg, "Extra")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for CEL<'_> {
    const NAME: &'static str = "CEL";
    type View<'a> = CEL<'a>;

    fn view(msg: &Message) -> Option<CEL<'_>> {
        CEL::from_message(msg)
    }
}

/// `Event: ChallengeResponseFailed`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChallengeResponseFailed::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChallengeResponseFailed<'a> {
    msg: &'a Message,
}

impl<'a> ChallengeResponseFailed<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChallengeResponseFailed";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Challenge`.
    pub fn challenge(&self) -> Option<Value<'a>> {
        text(self.msg, "Challenge")
    }

    /// `Response`.
    pub fn response(&self) -> Option<Value<'a>> {
        text(self.msg, "Response")
    }

    /// `ExpectedResponse`.
    pub fn expected_response(&self) -> Option<Value<'a>> {
        text(self.msg, "ExpectedResponse")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for ChallengeResponseFailed<'_> {
    const NAME: &'static str = "ChallengeResponseFailed";
    type View<'a> = ChallengeResponseFailed<'a>;

    fn view(msg: &Message) -> Option<ChallengeResponseFailed<'_>> {
        ChallengeResponseFailed::from_message(msg)
    }
}

/// `Event: ChallengeSent`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChallengeSent::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChallengeSent<'a> {
    msg: &'a Message,
}

impl<'a> ChallengeSent<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChallengeSent";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Challenge`.
    pub fn challenge(&self) -> Option<Value<'a>> {
        text(self.msg, "Challenge")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for ChallengeSent<'_> {
    const NAME: &'static str = "ChallengeSent";
    type View<'a> = ChallengeSent<'a>;

    fn view(msg: &Message) -> Option<ChallengeSent<'_>> {
        ChallengeSent::from_message(msg)
    }
}

/// `Event: ChannelHungup`: not in Asterisk's documentation; headers as seen in the capture `hangup_regex.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChannelHungup::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChannelHungup<'a> {
    msg: &'a Message,
}

impl<'a> ChannelHungup<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChannelHungup";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for ChannelHungup<'_> {
    const NAME: &'static str = "ChannelHungup";
    type View<'a> = ChannelHungup<'a>;

    fn view(msg: &Message) -> Option<ChannelHungup<'_>> {
        ChannelHungup::from_message(msg)
    }
}

/// `Event: ChannelsHungupListComplete`: not in Asterisk's documentation; headers as seen in the capture `hangup_regex.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChannelsHungupListComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChannelsHungupListComplete<'a> {
    msg: &'a Message,
}

impl<'a> ChannelsHungupListComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChannelsHungupListComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for ChannelsHungupListComplete<'_> {
    const NAME: &'static str = "ChannelsHungupListComplete";
    type View<'a> = ChannelsHungupListComplete<'a>;

    fn view(msg: &Message) -> Option<ChannelsHungupListComplete<'_>> {
        ChannelsHungupListComplete::from_message(msg)
    }
}

/// `Event: ChannelTalkingStart`: class `EVENT_FLAG_CLASS`, from `builtin`, since Asterisk 12.4.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChannelTalkingStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChannelTalkingStart<'a> {
    msg: &'a Message,
}

impl<'a> ChannelTalkingStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChannelTalkingStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for ChannelTalkingStart<'_> {
    const NAME: &'static str = "ChannelTalkingStart";
    type View<'a> = ChannelTalkingStart<'a>;

    fn view(msg: &Message) -> Option<ChannelTalkingStart<'_>> {
        ChannelTalkingStart::from_message(msg)
    }
}

/// `Event: ChannelTalkingStop`: class `EVENT_FLAG_CLASS`, from `builtin`, since Asterisk 12.4.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChannelTalkingStop::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChannelTalkingStop<'a> {
    msg: &'a Message,
}

impl<'a> ChannelTalkingStop<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChannelTalkingStop";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for ChannelTalkingStop<'_> {
    const NAME: &'static str = "ChannelTalkingStop";
    type View<'a> = ChannelTalkingStop<'a>;

    fn view(msg: &Message) -> Option<ChannelTalkingStop<'_>> {
        ChannelTalkingStop::from_message(msg)
    }
}

/// `Event: ChanSpyStart`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChanSpyStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChanSpyStart<'a> {
    msg: &'a Message,
}

impl<'a> ChanSpyStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChanSpyStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `SpyerChannel`, `SpyerChannelState`, ... `SpyerLinkedid`.
    pub fn spyer_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Spyer")
    }

    /// The channel snapshot `SpyeeChannel`, `SpyeeChannelState`, ... `SpyeeLinkedid`.
    pub fn spyee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Spyee")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.spyer_channel().validate()?;
        self.spyee_channel().validate()?;
        Ok(())
    }
}

impl EventView for ChanSpyStart<'_> {
    const NAME: &'static str = "ChanSpyStart";
    type View<'a> = ChanSpyStart<'a>;

    fn view(msg: &Message) -> Option<ChanSpyStart<'_>> {
        ChanSpyStart::from_message(msg)
    }
}

/// `Event: ChanSpyStop`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ChanSpyStop::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ChanSpyStop<'a> {
    msg: &'a Message,
}

impl<'a> ChanSpyStop<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ChanSpyStop";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `SpyerChannel`, `SpyerChannelState`, ... `SpyerLinkedid`.
    pub fn spyer_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Spyer")
    }

    /// The channel snapshot `SpyeeChannel`, `SpyeeChannelState`, ... `SpyeeLinkedid`.
    pub fn spyee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Spyee")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.spyer_channel().validate()?;
        self.spyee_channel().validate()?;
        Ok(())
    }
}

impl EventView for ChanSpyStop<'_> {
    const NAME: &'static str = "ChanSpyStop";
    type View<'a> = ChanSpyStop<'a>;

    fn view(msg: &Message) -> Option<ChanSpyStop<'_>> {
        ChanSpyStop::from_message(msg)
    }
}

/// `Event: ConfbridgeEnd`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeEnd<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeEnd<'_> {
    const NAME: &'static str = "ConfbridgeEnd";
    type View<'a> = ConfbridgeEnd<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeEnd<'_>> {
        ConfbridgeEnd::from_message(msg)
    }
}

/// `Event: ConfbridgeJoin`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeJoin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeJoin<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeJoin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeJoin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Admin`. Documented values: `Yes`, `No`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// `Muted`. Documented values: `Yes`, `No`.
    pub fn muted(&self) -> Option<Value<'a>> {
        text(self.msg, "Muted")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeJoin<'_> {
    const NAME: &'static str = "ConfbridgeJoin";
    type View<'a> = ConfbridgeJoin<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeJoin<'_>> {
        ConfbridgeJoin::from_message(msg)
    }
}

/// `Event: ConfbridgeLeave`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeLeave::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeLeave<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeLeave<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeLeave";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Admin`. Documented values: `Yes`, `No`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeLeave<'_> {
    const NAME: &'static str = "ConfbridgeLeave";
    type View<'a> = ConfbridgeLeave<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeLeave<'_>> {
        ConfbridgeLeave::from_message(msg)
    }
}

/// `Event: ConfbridgeList`: class `EVENT_FLAG_REPORTING`, from `app_confbridge`, since Asterisk 13.20.0, 15.3.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeList::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeList<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeList<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeList";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Admin`. Documented values: `Yes`, `No`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// `MarkedUser`. Documented values: `Yes`, `No`.
    pub fn marked_user(&self) -> Option<Value<'a>> {
        text(self.msg, "MarkedUser")
    }

    /// `WaitMarked`. Documented values: `Yes`, `No`.
    pub fn wait_marked(&self) -> Option<Value<'a>> {
        text(self.msg, "WaitMarked")
    }

    /// `EndMarked`. Documented values: `Yes`, `No`.
    pub fn end_marked(&self) -> Option<Value<'a>> {
        text(self.msg, "EndMarked")
    }

    /// `Waiting`. Documented values: `Yes`, `No`.
    pub fn waiting(&self) -> Option<Value<'a>> {
        text(self.msg, "Waiting")
    }

    /// `Muted`. Documented values: `Yes`, `No`.
    pub fn muted(&self) -> Option<Value<'a>> {
        text(self.msg, "Muted")
    }

    /// `Talking`. Documented values: `Yes`, `No`.
    pub fn talking(&self) -> Option<Value<'a>> {
        text(self.msg, "Talking")
    }

    /// `AnsweredTime`, an integer (`None` when absent or empty).
    pub fn answered_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "AnsweredTime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.answered_time().transpose()?;
        Ok(())
    }
}

impl EventView for ConfbridgeList<'_> {
    const NAME: &'static str = "ConfbridgeList";
    type View<'a> = ConfbridgeList<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeList<'_>> {
        ConfbridgeList::from_message(msg)
    }
}

/// `Event: ConfbridgeListRooms`: class `EVENT_FLAG_REPORTING`, from `app_confbridge`, since Asterisk 16.29.0, 18.15.0, 19.7.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeListRooms::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeListRooms<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeListRooms<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeListRooms";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Parties`, an integer (`None` when absent or empty).
    pub fn parties(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Parties")
    }

    /// `Marked`.
    pub fn marked(&self) -> Option<Value<'a>> {
        text(self.msg, "Marked")
    }

    /// `Locked`. Documented values: `Yes`, `No`.
    pub fn locked(&self) -> Option<Value<'a>> {
        text(self.msg, "Locked")
    }

    /// `Muted`. Documented values: `Yes`, `No`.
    pub fn muted(&self) -> Option<Value<'a>> {
        text(self.msg, "Muted")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parties().transpose()?;
        Ok(())
    }
}

impl EventView for ConfbridgeListRooms<'_> {
    const NAME: &'static str = "ConfbridgeListRooms";
    type View<'a> = ConfbridgeListRooms<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeListRooms<'_>> {
        ConfbridgeListRooms::from_message(msg)
    }
}

/// `Event: ConfbridgeMute`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeMute::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeMute<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeMute<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeMute";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Admin`. Documented values: `Yes`, `No`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeMute<'_> {
    const NAME: &'static str = "ConfbridgeMute";
    type View<'a> = ConfbridgeMute<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeMute<'_>> {
        ConfbridgeMute::from_message(msg)
    }
}

/// `Event: ConfbridgeRecord`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeRecord::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeRecord<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeRecord<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeRecord";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeRecord<'_> {
    const NAME: &'static str = "ConfbridgeRecord";
    type View<'a> = ConfbridgeRecord<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeRecord<'_>> {
        ConfbridgeRecord::from_message(msg)
    }
}

/// `Event: ConfbridgeStart`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeStart<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeStart<'_> {
    const NAME: &'static str = "ConfbridgeStart";
    type View<'a> = ConfbridgeStart<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeStart<'_>> {
        ConfbridgeStart::from_message(msg)
    }
}

/// `Event: ConfbridgeStopRecord`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeStopRecord::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeStopRecord<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeStopRecord<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeStopRecord";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeStopRecord<'_> {
    const NAME: &'static str = "ConfbridgeStopRecord";
    type View<'a> = ConfbridgeStopRecord<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeStopRecord<'_>> {
        ConfbridgeStopRecord::from_message(msg)
    }
}

/// `Event: ConfbridgeTalking`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeTalking::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeTalking<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeTalking<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeTalking";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `TalkingStatus`. Documented values: `on`, `off`.
    pub fn talking_status(&self) -> Option<Value<'a>> {
        text(self.msg, "TalkingStatus")
    }

    /// `Admin`. Documented values: `Yes`, `No`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeTalking<'_> {
    const NAME: &'static str = "ConfbridgeTalking";
    type View<'a> = ConfbridgeTalking<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeTalking<'_>> {
        ConfbridgeTalking::from_message(msg)
    }
}

/// `Event: ConfbridgeUnmute`: class `EVENT_FLAG_CALL`, from `confbridge_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ConfbridgeUnmute::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ConfbridgeUnmute<'a> {
    msg: &'a Message,
}

impl<'a> ConfbridgeUnmute<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ConfbridgeUnmute";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The bridge snapshot `BridgeUniqueid`, `BridgeType`, ... `BridgeVideoSource`.
    pub fn bridge(&self) -> BridgeSnapshot<'a> {
        BridgeSnapshot::new(self.msg, "")
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Admin`. Documented values: `Yes`, `No`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.bridge().validate()?;
        Ok(())
    }
}

impl EventView for ConfbridgeUnmute<'_> {
    const NAME: &'static str = "ConfbridgeUnmute";
    type View<'a> = ConfbridgeUnmute<'a>;

    fn view(msg: &Message) -> Option<ConfbridgeUnmute<'_>> {
        ConfbridgeUnmute::from_message(msg)
    }
}

/// `Event: ContactList`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 16.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ContactList::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ContactList<'a> {
    msg: &'a Message,
}

impl<'a> ContactList<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ContactList";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `ViaAddr`.
    pub fn via_addr(&self) -> Option<Value<'a>> {
        text(self.msg, "ViaAddr")
    }

    /// `ViaPort`, an integer (`None` when absent or empty).
    pub fn via_port(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ViaPort")
    }

    /// `QualifyTimeout`.
    pub fn qualify_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyTimeout")
    }

    /// `CallId`.
    pub fn call_id(&self) -> Option<Value<'a>> {
        text(self.msg, "CallId")
    }

    /// `RegServer`.
    pub fn reg_server(&self) -> Option<Value<'a>> {
        text(self.msg, "RegServer")
    }

    /// `PruneOnBoot`.
    pub fn prune_on_boot(&self) -> Option<Value<'a>> {
        text(self.msg, "PruneOnBoot")
    }

    /// `Path`.
    pub fn path(&self) -> Option<Value<'a>> {
        text(self.msg, "Path")
    }

    /// `Endpoint`.
    pub fn endpoint(&self) -> Option<Value<'a>> {
        text(self.msg, "Endpoint")
    }

    /// `AuthenticateQualify`.
    pub fn authenticate_qualify(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthenticateQualify")
    }

    /// `Uri`.
    pub fn uri(&self) -> Option<Value<'a>> {
        text(self.msg, "Uri")
    }

    /// `QualifyFrequency`.
    pub fn qualify_frequency(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyFrequency")
    }

    /// `UserAgent`.
    pub fn user_agent(&self) -> Option<Value<'a>> {
        text(self.msg, "UserAgent")
    }

    /// `ExpirationTime`.
    pub fn expiration_time(&self) -> Option<Value<'a>> {
        text(self.msg, "ExpirationTime")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `Status`. Documented values: `Reachable`, `Unreachable`, `NonQualified`, `Unknown`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `RoundtripUsec`, an integer (`None` when absent or empty).
    pub fn roundtrip_usec(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "RoundtripUsec")
    }

    /// `Qualify2xxOnly`.
    pub fn qualify2xx_only(&self) -> Option<Value<'a>> {
        text(self.msg, "Qualify2xxOnly")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.via_port().transpose()?;
        self.roundtrip_usec().transpose()?;
        Ok(())
    }
}

impl EventView for ContactList<'_> {
    const NAME: &'static str = "ContactList";
    type View<'a> = ContactList<'a>;

    fn view(msg: &Message) -> Option<ContactList<'_>> {
        ContactList::from_message(msg)
    }
}

/// `Event: ContactStatus`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 13.5.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ContactStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ContactStatus<'a> {
    msg: &'a Message,
}

impl<'a> ContactStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ContactStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `URI`.
    pub fn uri(&self) -> Option<Value<'a>> {
        text(self.msg, "URI")
    }

    /// `ContactStatus`. Documented values: `Unknown`, `Unreachable`, `Reachable`, `Unqualified`, `Removed`, `Updated`.
    pub fn contact_status(&self) -> Option<Value<'a>> {
        text(self.msg, "ContactStatus")
    }

    /// `AOR`.
    pub fn aor(&self) -> Option<Value<'a>> {
        text(self.msg, "AOR")
    }

    /// `EndpointName`.
    pub fn endpoint_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EndpointName")
    }

    /// `RoundtripUsec`, an integer (`None` when absent or empty).
    pub fn roundtrip_usec(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "RoundtripUsec")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.roundtrip_usec().transpose()?;
        Ok(())
    }
}

impl EventView for ContactStatus<'_> {
    const NAME: &'static str = "ContactStatus";
    type View<'a> = ContactStatus<'a>;

    fn view(msg: &Message) -> Option<ContactStatus<'_>> {
        ContactStatus::from_message(msg)
    }
}

/// `Event: ContactStatusDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ContactStatusDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ContactStatusDetail<'a> {
    msg: &'a Message,
}

impl<'a> ContactStatusDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ContactStatusDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `AOR`.
    pub fn aor(&self) -> Option<Value<'a>> {
        text(self.msg, "AOR")
    }

    /// `URI`.
    pub fn uri(&self) -> Option<Value<'a>> {
        text(self.msg, "URI")
    }

    /// `Status`. Documented values: `Reachable`, `Unreachable`, `NonQualified`, `Unknown`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `RoundtripUsec`, an integer (`None` when absent or empty).
    pub fn roundtrip_usec(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "RoundtripUsec")
    }

    /// `EndpointName`.
    pub fn endpoint_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EndpointName")
    }

    /// `UserAgent`.
    pub fn user_agent(&self) -> Option<Value<'a>> {
        text(self.msg, "UserAgent")
    }

    /// `RegExpire`.
    pub fn reg_expire(&self) -> Option<Value<'a>> {
        text(self.msg, "RegExpire")
    }

    /// `ViaAddress`.
    pub fn via_address(&self) -> Option<Value<'a>> {
        text(self.msg, "ViaAddress")
    }

    /// `CallID`.
    pub fn call_id(&self) -> Option<Value<'a>> {
        text(self.msg, "CallID")
    }

    /// `ID`.
    pub fn id(&self) -> Option<Value<'a>> {
        text(self.msg, "ID")
    }

    /// `AuthenticateQualify`.
    pub fn authenticate_qualify(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthenticateQualify")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `Path`.
    pub fn path(&self) -> Option<Value<'a>> {
        text(self.msg, "Path")
    }

    /// `QualifyFrequency`.
    pub fn qualify_frequency(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyFrequency")
    }

    /// `QualifyTimeout`.
    pub fn qualify_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyTimeout")
    }

    /// `Qualify2xxOnly`.
    pub fn qualify2xx_only(&self) -> Option<Value<'a>> {
        text(self.msg, "Qualify2xxOnly")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.roundtrip_usec().transpose()?;
        Ok(())
    }
}

impl EventView for ContactStatusDetail<'_> {
    const NAME: &'static str = "ContactStatusDetail";
    type View<'a> = ContactStatusDetail<'a>;

    fn view(msg: &Message) -> Option<ContactStatusDetail<'_>> {
        ContactStatusDetail::from_message(msg)
    }
}

/// `Event: CoreShowChannel`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`CoreShowChannel::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct CoreShowChannel<'a> {
    msg: &'a Message,
}

impl<'a> CoreShowChannel<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "CoreShowChannel";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `BridgeId`.
    pub fn bridge_id(&self) -> Option<Value<'a>> {
        text(self.msg, "BridgeId")
    }

    /// `Application`.
    pub fn application(&self) -> Option<Value<'a>> {
        text(self.msg, "Application")
    }

    /// `ApplicationData`.
    pub fn application_data(&self) -> Option<Value<'a>> {
        text(self.msg, "ApplicationData")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for CoreShowChannel<'_> {
    const NAME: &'static str = "CoreShowChannel";
    type View<'a> = CoreShowChannel<'a>;

    fn view(msg: &Message) -> Option<CoreShowChannel<'_>> {
        CoreShowChannel::from_message(msg)
    }
}

/// `Event: CoreShowChannelMapComplete`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`CoreShowChannelMapComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct CoreShowChannelMapComplete<'a> {
    msg: &'a Message,
}

impl<'a> CoreShowChannelMapComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "CoreShowChannelMapComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for CoreShowChannelMapComplete<'_> {
    const NAME: &'static str = "CoreShowChannelMapComplete";
    type View<'a> = CoreShowChannelMapComplete<'a>;

    fn view(msg: &Message) -> Option<CoreShowChannelMapComplete<'_>> {
        CoreShowChannelMapComplete::from_message(msg)
    }
}

/// `Event: CoreShowChannelsComplete`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`CoreShowChannelsComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct CoreShowChannelsComplete<'a> {
    msg: &'a Message,
}

impl<'a> CoreShowChannelsComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "CoreShowChannelsComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for CoreShowChannelsComplete<'_> {
    const NAME: &'static str = "CoreShowChannelsComplete";
    type View<'a> = CoreShowChannelsComplete<'a>;

    fn view(msg: &Message) -> Option<CoreShowChannelsComplete<'_>> {
        CoreShowChannelsComplete::from_message(msg)
    }
}

/// `Event: DAHDIChannel`: class `EVENT_FLAG_CALL`, from `chan_dahdi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DAHDIChannel::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DAHDIChannel<'a> {
    msg: &'a Message,
}

impl<'a> DAHDIChannel<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DAHDIChannel";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `DAHDIGroup`.
    pub fn dahdi_group(&self) -> Option<Value<'a>> {
        text(self.msg, "DAHDIGroup")
    }

    /// `DAHDISpan`, an integer (`None` when absent or empty).
    pub fn dahdi_span(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "DAHDISpan")
    }

    /// `DAHDIChannel`.
    pub fn dahdi_channel(&self) -> Option<Value<'a>> {
        text(self.msg, "DAHDIChannel")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dahdi_span().transpose()?;
        Ok(())
    }
}

impl EventView for DAHDIChannel<'_> {
    const NAME: &'static str = "DAHDIChannel";
    type View<'a> = DAHDIChannel<'a>;

    fn view(msg: &Message) -> Option<DAHDIChannel<'_>> {
        DAHDIChannel::from_message(msg)
    }
}

/// `Event: DeadlockStart`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 16.29.0, 18.15.0, 19.7.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DeadlockStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DeadlockStart<'a> {
    msg: &'a Message,
}

impl<'a> DeadlockStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DeadlockStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Mutex`.
    pub fn mutex(&self) -> Option<Value<'a>> {
        text(self.msg, "Mutex")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for DeadlockStart<'_> {
    const NAME: &'static str = "DeadlockStart";
    type View<'a> = DeadlockStart<'a>;

    fn view(msg: &Message) -> Option<DeadlockStart<'_>> {
        DeadlockStart::from_message(msg)
    }
}

/// `Event: DeviceStateChange`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DeviceStateChange::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DeviceStateChange<'a> {
    msg: &'a Message,
}

impl<'a> DeviceStateChange<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DeviceStateChange";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Device`.
    pub fn device(&self) -> Option<Value<'a>> {
        text(self.msg, "Device")
    }

    /// `State`.
    pub fn state(&self) -> Option<Value<'a>> {
        text(self.msg, "State")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for DeviceStateChange<'_> {
    const NAME: &'static str = "DeviceStateChange";
    type View<'a> = DeviceStateChange<'a>;

    fn view(msg: &Message) -> Option<DeviceStateChange<'_>> {
        DeviceStateChange::from_message(msg)
    }
}

/// `Event: DeviceStateListComplete`: not in Asterisk's documentation; headers as seen in the capture `devicestatelist.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DeviceStateListComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DeviceStateListComplete<'a> {
    msg: &'a Message,
}

impl<'a> DeviceStateListComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DeviceStateListComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for DeviceStateListComplete<'_> {
    const NAME: &'static str = "DeviceStateListComplete";
    type View<'a> = DeviceStateListComplete<'a>;

    fn view(msg: &Message) -> Option<DeviceStateListComplete<'_>> {
        DeviceStateListComplete::from_message(msg)
    }
}

/// `Event: DialBegin`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DialBegin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DialBegin<'a> {
    msg: &'a Message,
}

impl<'a> DialBegin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DialBegin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `DialString`.
    pub fn dial_string(&self) -> Option<Value<'a>> {
        text(self.msg, "DialString")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        Ok(())
    }
}

impl EventView for DialBegin<'_> {
    const NAME: &'static str = "DialBegin";
    type View<'a> = DialBegin<'a>;

    fn view(msg: &Message) -> Option<DialBegin<'_>> {
        DialBegin::from_message(msg)
    }
}

/// `Event: DialEnd`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DialEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DialEnd<'a> {
    msg: &'a Message,
}

impl<'a> DialEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DialEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `DialStatus`. Documented values: `ABORT`, `ANSWER`, `BUSY`, `CANCEL`, `CHANUNAVAIL`, `CONGESTION`, `CONTINUE`, `GOTO`, `NOANSWER`.
    pub fn dial_status(&self) -> Option<Value<'a>> {
        text(self.msg, "DialStatus")
    }

    /// `Forward`.
    pub fn forward(&self) -> Option<Value<'a>> {
        text(self.msg, "Forward")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        Ok(())
    }
}

impl EventView for DialEnd<'_> {
    const NAME: &'static str = "DialEnd";
    type View<'a> = DialEnd<'a>;

    fn view(msg: &Message) -> Option<DialEnd<'_>> {
        DialEnd::from_message(msg)
    }
}

/// `Event: DialState`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 14.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DialState::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DialState<'a> {
    msg: &'a Message,
}

impl<'a> DialState<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DialState";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `DestChannel`, `DestChannelState`, ... `DestLinkedid`.
    pub fn dest_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Dest")
    }

    /// `DialStatus`. Documented values: `RINGING`, `PROCEEDING`, `PROGRESS`.
    pub fn dial_status(&self) -> Option<Value<'a>> {
        text(self.msg, "DialStatus")
    }

    /// `Forward`.
    pub fn forward(&self) -> Option<Value<'a>> {
        text(self.msg, "Forward")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.dest_channel().validate()?;
        Ok(())
    }
}

impl EventView for DialState<'_> {
    const NAME: &'static str = "DialState";
    type View<'a> = DialState<'a>;

    fn view(msg: &Message) -> Option<DialState<'_>> {
        DialState::from_message(msg)
    }
}

/// `Event: DNDState`: class `EVENT_FLAG_SYSTEM`, from `chan_dahdi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DNDState::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DNDState<'a> {
    msg: &'a Message,
}

impl<'a> DNDState<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DNDState";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `DAHDIChannel`.
    pub fn dahdi_channel(&self) -> Option<Value<'a>> {
        text(self.msg, "DAHDIChannel")
    }

    /// `Status`. Documented values: `enabled`, `disabled`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for DNDState<'_> {
    const NAME: &'static str = "DNDState";
    type View<'a> = DNDState<'a>;

    fn view(msg: &Message) -> Option<DNDState<'_>> {
        DNDState::from_message(msg)
    }
}

/// `Event: DTMFBegin`: class `EVENT_FLAG_DTMF`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DTMFBegin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DTMFBegin<'a> {
    msg: &'a Message,
}

impl<'a> DTMFBegin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DTMFBegin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Digit`.
    pub fn digit(&self) -> Option<Value<'a>> {
        text(self.msg, "Digit")
    }

    /// `Direction`. Documented values: `Received`, `Sent`.
    pub fn direction(&self) -> Option<Value<'a>> {
        text(self.msg, "Direction")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for DTMFBegin<'_> {
    const NAME: &'static str = "DTMFBegin";
    type View<'a> = DTMFBegin<'a>;

    fn view(msg: &Message) -> Option<DTMFBegin<'_>> {
        DTMFBegin::from_message(msg)
    }
}

/// `Event: DTMFEnd`: class `EVENT_FLAG_DTMF`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`DTMFEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct DTMFEnd<'a> {
    msg: &'a Message,
}

impl<'a> DTMFEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "DTMFEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Digit`.
    pub fn digit(&self) -> Option<Value<'a>> {
        text(self.msg, "Digit")
    }

    /// `DurationMs`, an integer (`None` when absent or empty).
    pub fn duration_ms(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "DurationMs")
    }

    /// `Direction`. Documented values: `Received`, `Sent`.
    pub fn direction(&self) -> Option<Value<'a>> {
        text(self.msg, "Direction")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.duration_ms().transpose()?;
        Ok(())
    }
}

impl EventView for DTMFEnd<'_> {
    const NAME: &'static str = "DTMFEnd";
    type View<'a> = DTMFEnd<'a>;

    fn view(msg: &Message) -> Option<DTMFEnd<'_>> {
        DTMFEnd::from_message(msg)
    }
}

/// `Event: EndpointDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`EndpointDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct EndpointDetail<'a> {
    msg: &'a Message,
}

impl<'a> EndpointDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "EndpointDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Allow`.
    pub fn allow(&self) -> Option<Value<'a>> {
        text(self.msg, "Allow")
    }

    /// `DtmfMode`.
    pub fn dtmf_mode(&self) -> Option<Value<'a>> {
        text(self.msg, "DtmfMode")
    }

    /// `RtpIpv6`.
    pub fn rtp_ipv6(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpIpv6")
    }

    /// `RtpSymmetric`.
    pub fn rtp_symmetric(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpSymmetric")
    }

    /// `IceSupport`.
    pub fn ice_support(&self) -> Option<Value<'a>> {
        text(self.msg, "IceSupport")
    }

    /// `UsePtime`.
    pub fn use_ptime(&self) -> Option<Value<'a>> {
        text(self.msg, "UsePtime")
    }

    /// `ForceRport`.
    pub fn force_rport(&self) -> Option<Value<'a>> {
        text(self.msg, "ForceRport")
    }

    /// `RewriteContact`.
    pub fn rewrite_contact(&self) -> Option<Value<'a>> {
        text(self.msg, "RewriteContact")
    }

    /// `Transport`.
    pub fn transport(&self) -> Option<Value<'a>> {
        text(self.msg, "Transport")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `MohSuggest`.
    pub fn moh_suggest(&self) -> Option<Value<'a>> {
        text(self.msg, "MohSuggest")
    }

    /// `100rel`.
    pub fn h_100rel(&self) -> Option<Value<'a>> {
        text(self.msg, "100rel")
    }

    /// `Timers`.
    pub fn timers(&self) -> Option<Value<'a>> {
        text(self.msg, "Timers")
    }

    /// `TimersMinSe`.
    pub fn timers_min_se(&self) -> Option<Value<'a>> {
        text(self.msg, "TimersMinSe")
    }

    /// `TimersSessExpires`.
    pub fn timers_sess_expires(&self) -> Option<Value<'a>> {
        text(self.msg, "TimersSessExpires")
    }

    /// `Auth`.
    pub fn auth(&self) -> Option<Value<'a>> {
        text(self.msg, "Auth")
    }

    /// `OutboundAuth`.
    pub fn outbound_auth(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundAuth")
    }

    /// `Aors`.
    pub fn aors(&self) -> Option<Value<'a>> {
        text(self.msg, "Aors")
    }

    /// `MediaAddress`.
    pub fn media_address(&self) -> Option<Value<'a>> {
        text(self.msg, "MediaAddress")
    }

    /// `IdentifyBy`.
    pub fn identify_by(&self) -> Option<Value<'a>> {
        text(self.msg, "IdentifyBy")
    }

    /// `DirectMedia`.
    pub fn direct_media(&self) -> Option<Value<'a>> {
        text(self.msg, "DirectMedia")
    }

    /// `DirectMediaMethod`.
    pub fn direct_media_method(&self) -> Option<Value<'a>> {
        text(self.msg, "DirectMediaMethod")
    }

    /// `TrustConnectedLine`.
    pub fn trust_connected_line(&self) -> Option<Value<'a>> {
        text(self.msg, "TrustConnectedLine")
    }

    /// `SendConnectedLine`.
    pub fn send_connected_line(&self) -> Option<Value<'a>> {
        text(self.msg, "SendConnectedLine")
    }

    /// `ConnectedLineMethod`.
    pub fn connected_line_method(&self) -> Option<Value<'a>> {
        text(self.msg, "ConnectedLineMethod")
    }

    /// `DirectMediaGlareMitigation`.
    pub fn direct_media_glare_mitigation(&self) -> Option<Value<'a>> {
        text(self.msg, "DirectMediaGlareMitigation")
    }

    /// `DisableDirectMediaOnNat`.
    pub fn disable_direct_media_on_nat(&self) -> Option<Value<'a>> {
        text(self.msg, "DisableDirectMediaOnNat")
    }

    /// `Callerid`.
    pub fn callerid(&self) -> Option<Value<'a>> {
        text(self.msg, "Callerid")
    }

    /// `CalleridPrivacy`.
    pub fn callerid_privacy(&self) -> Option<Value<'a>> {
        text(self.msg, "CalleridPrivacy")
    }

    /// `CalleridTag`.
    pub fn callerid_tag(&self) -> Option<Value<'a>> {
        text(self.msg, "CalleridTag")
    }

    /// `TrustIdInbound`.
    pub fn trust_id_inbound(&self) -> Option<Value<'a>> {
        text(self.msg, "TrustIdInbound")
    }

    /// `TrustIdOutbound`.
    pub fn trust_id_outbound(&self) -> Option<Value<'a>> {
        text(self.msg, "TrustIdOutbound")
    }

    /// `SendPai`.
    pub fn send_pai(&self) -> Option<Value<'a>> {
        text(self.msg, "SendPai")
    }

    /// `SendRpid`.
    pub fn send_rpid(&self) -> Option<Value<'a>> {
        text(self.msg, "SendRpid")
    }

    /// `SendDiversion`.
    pub fn send_diversion(&self) -> Option<Value<'a>> {
        text(self.msg, "SendDiversion")
    }

    /// `Mailboxes`.
    pub fn mailboxes(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailboxes")
    }

    /// `AggregateMwi`.
    pub fn aggregate_mwi(&self) -> Option<Value<'a>> {
        text(self.msg, "AggregateMwi")
    }

    /// `MediaEncryption`.
    pub fn media_encryption(&self) -> Option<Value<'a>> {
        text(self.msg, "MediaEncryption")
    }

    /// `MediaEncryptionOptimistic`.
    pub fn media_encryption_optimistic(&self) -> Option<Value<'a>> {
        text(self.msg, "MediaEncryptionOptimistic")
    }

    /// `UseAvpf`.
    pub fn use_avpf(&self) -> Option<Value<'a>> {
        text(self.msg, "UseAvpf")
    }

    /// `ForceAvp`.
    pub fn force_avp(&self) -> Option<Value<'a>> {
        text(self.msg, "ForceAvp")
    }

    /// `MediaUseReceivedTransport`.
    pub fn media_use_received_transport(&self) -> Option<Value<'a>> {
        text(self.msg, "MediaUseReceivedTransport")
    }

    /// `OneTouchRecording`.
    pub fn one_touch_recording(&self) -> Option<Value<'a>> {
        text(self.msg, "OneTouchRecording")
    }

    /// `InbandProgress`.
    pub fn inband_progress(&self) -> Option<Value<'a>> {
        text(self.msg, "InbandProgress")
    }

    /// `CallGroup`.
    pub fn call_group(&self) -> Option<Value<'a>> {
        text(self.msg, "CallGroup")
    }

    /// `PickupGroup`.
    pub fn pickup_group(&self) -> Option<Value<'a>> {
        text(self.msg, "PickupGroup")
    }

    /// `NamedCallGroup`.
    pub fn named_call_group(&self) -> Option<Value<'a>> {
        text(self.msg, "NamedCallGroup")
    }

    /// `NamedPickupGroup`.
    pub fn named_pickup_group(&self) -> Option<Value<'a>> {
        text(self.msg, "NamedPickupGroup")
    }

    /// `DeviceStateBusyAt`.
    pub fn device_state_busy_at(&self) -> Option<Value<'a>> {
        text(self.msg, "DeviceStateBusyAt")
    }

    /// `T38Udptl`.
    pub fn t38_udptl(&self) -> Option<Value<'a>> {
        text(self.msg, "T38Udptl")
    }

    /// `T38UdptlEc`.
    pub fn t38_udptl_ec(&self) -> Option<Value<'a>> {
        text(self.msg, "T38UdptlEc")
    }

    /// `T38UdptlMaxdatagram`.
    pub fn t38_udptl_maxdatagram(&self) -> Option<Value<'a>> {
        text(self.msg, "T38UdptlMaxdatagram")
    }

    /// `FaxDetect`.
    pub fn fax_detect(&self) -> Option<Value<'a>> {
        text(self.msg, "FaxDetect")
    }

    /// `T38UdptlNat`.
    pub fn t38_udptl_nat(&self) -> Option<Value<'a>> {
        text(self.msg, "T38UdptlNat")
    }

    /// `T38UdptlIpv6`.
    pub fn t38_udptl_ipv6(&self) -> Option<Value<'a>> {
        text(self.msg, "T38UdptlIpv6")
    }

    /// `T38BindUdptlToMediaAddress`.
    pub fn t38_bind_udptl_to_media_address(&self) -> Option<Value<'a>> {
        text(self.msg, "T38BindUdptlToMediaAddress")
    }

    /// `ToneZone`.
    pub fn tone_zone(&self) -> Option<Value<'a>> {
        text(self.msg, "ToneZone")
    }

    /// `Language`.
    pub fn language(&self) -> Option<Value<'a>> {
        text(self.msg, "Language")
    }

    /// `RecordOnFeature`.
    pub fn record_on_feature(&self) -> Option<Value<'a>> {
        text(self.msg, "RecordOnFeature")
    }

    /// `RecordOffFeature`.
    pub fn record_off_feature(&self) -> Option<Value<'a>> {
        text(self.msg, "RecordOffFeature")
    }

    /// `AllowTransfer`.
    pub fn allow_transfer(&self) -> Option<Value<'a>> {
        text(self.msg, "AllowTransfer")
    }

    /// `UserEqPhone`.
    pub fn user_eq_phone(&self) -> Option<Value<'a>> {
        text(self.msg, "UserEqPhone")
    }

    /// `MohPassthrough`.
    pub fn moh_passthrough(&self) -> Option<Value<'a>> {
        text(self.msg, "MohPassthrough")
    }

    /// `SdpOwner`.
    pub fn sdp_owner(&self) -> Option<Value<'a>> {
        text(self.msg, "SdpOwner")
    }

    /// `SdpSession`.
    pub fn sdp_session(&self) -> Option<Value<'a>> {
        text(self.msg, "SdpSession")
    }

    /// `TosAudio`.
    pub fn tos_audio(&self) -> Option<Value<'a>> {
        text(self.msg, "TosAudio")
    }

    /// `TosVideo`.
    pub fn tos_video(&self) -> Option<Value<'a>> {
        text(self.msg, "TosVideo")
    }

    /// `CosAudio`.
    pub fn cos_audio(&self) -> Option<Value<'a>> {
        text(self.msg, "CosAudio")
    }

    /// `CosVideo`.
    pub fn cos_video(&self) -> Option<Value<'a>> {
        text(self.msg, "CosVideo")
    }

    /// `AllowSubscribe`.
    pub fn allow_subscribe(&self) -> Option<Value<'a>> {
        text(self.msg, "AllowSubscribe")
    }

    /// `SubMinExpiry`.
    pub fn sub_min_expiry(&self) -> Option<Value<'a>> {
        text(self.msg, "SubMinExpiry")
    }

    /// `FromUser`.
    pub fn from_user(&self) -> Option<Value<'a>> {
        text(self.msg, "FromUser")
    }

    /// `FromDomain`.
    pub fn from_domain(&self) -> Option<Value<'a>> {
        text(self.msg, "FromDomain")
    }

    /// `MwiFromUser`.
    pub fn mwi_from_user(&self) -> Option<Value<'a>> {
        text(self.msg, "MwiFromUser")
    }

    /// `RtpEngine`.
    pub fn rtp_engine(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpEngine")
    }

    /// `DtlsVerify`.
    pub fn dtls_verify(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsVerify")
    }

    /// `DtlsRekey`.
    pub fn dtls_rekey(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsRekey")
    }

    /// `DtlsCertFile`.
    pub fn dtls_cert_file(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsCertFile")
    }

    /// `DtlsPrivateKey`.
    pub fn dtls_private_key(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsPrivateKey")
    }

    /// `DtlsCipher`.
    pub fn dtls_cipher(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsCipher")
    }

    /// `DtlsCaFile`.
    pub fn dtls_ca_file(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsCaFile")
    }

    /// `DtlsCaPath`.
    pub fn dtls_ca_path(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsCaPath")
    }

    /// `DtlsSetup`.
    pub fn dtls_setup(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsSetup")
    }

    /// `SrtpTag32`.
    pub fn srtp_tag32(&self) -> Option<Value<'a>> {
        text(self.msg, "SrtpTag32")
    }

    /// `RedirectMethod`.
    pub fn redirect_method(&self) -> Option<Value<'a>> {
        text(self.msg, "RedirectMethod")
    }

    /// `SetVar`.
    pub fn set_var(&self) -> Option<Value<'a>> {
        text(self.msg, "SetVar")
    }

    /// `MessageContext`.
    pub fn message_context(&self) -> Option<Value<'a>> {
        text(self.msg, "MessageContext")
    }

    /// `Accountcode`.
    pub fn accountcode(&self) -> Option<Value<'a>> {
        text(self.msg, "Accountcode")
    }

    /// `PreferredCodecOnly`.
    pub fn preferred_codec_only(&self) -> Option<Value<'a>> {
        text(self.msg, "PreferredCodecOnly")
    }

    /// `DeviceState`.
    pub fn device_state(&self) -> Option<Value<'a>> {
        text(self.msg, "DeviceState")
    }

    /// `ActiveChannels`, an integer (`None` when absent or empty).
    pub fn active_channels(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ActiveChannels")
    }

    /// `SubscribeContext`.
    pub fn subscribe_context(&self) -> Option<Value<'a>> {
        text(self.msg, "SubscribeContext")
    }

    /// `AllowOverlap`.
    pub fn allow_overlap(&self) -> Option<Value<'a>> {
        text(self.msg, "AllowOverlap")
    }

    /// `OverlapContext`.
    pub fn overlap_context(&self) -> Option<Value<'a>> {
        text(self.msg, "OverlapContext")
    }

    /// `AcceptMultipleSdpAnswers`.
    pub fn accept_multiple_sdp_answers(&self) -> Option<Value<'a>> {
        text(self.msg, "AcceptMultipleSdpAnswers")
    }

    /// `Acl`.
    pub fn acl(&self) -> Option<Value<'a>> {
        text(self.msg, "Acl")
    }

    /// `AllowUnauthenticatedOptions`.
    pub fn allow_unauthenticated_options(&self) -> Option<Value<'a>> {
        text(self.msg, "AllowUnauthenticatedOptions")
    }

    /// `AsymmetricRtpCodec`.
    pub fn asymmetric_rtp_codec(&self) -> Option<Value<'a>> {
        text(self.msg, "AsymmetricRtpCodec")
    }

    /// `BindRtpToMediaAddress`.
    pub fn bind_rtp_to_media_address(&self) -> Option<Value<'a>> {
        text(self.msg, "BindRtpToMediaAddress")
    }

    /// `Bundle`.
    pub fn bundle(&self) -> Option<Value<'a>> {
        text(self.msg, "Bundle")
    }

    /// `CodecPrefsIncomingAnswer`.
    pub fn codec_prefs_incoming_answer(&self) -> Option<Value<'a>> {
        text(self.msg, "CodecPrefsIncomingAnswer")
    }

    /// `CodecPrefsIncomingOffer`.
    pub fn codec_prefs_incoming_offer(&self) -> Option<Value<'a>> {
        text(self.msg, "CodecPrefsIncomingOffer")
    }

    /// `CodecPrefsOutgoingAnswer`.
    pub fn codec_prefs_outgoing_answer(&self) -> Option<Value<'a>> {
        text(self.msg, "CodecPrefsOutgoingAnswer")
    }

    /// `CodecPrefsOutgoingOffer`.
    pub fn codec_prefs_outgoing_offer(&self) -> Option<Value<'a>> {
        text(self.msg, "CodecPrefsOutgoingOffer")
    }

    /// `ContactAcl`.
    pub fn contact_acl(&self) -> Option<Value<'a>> {
        text(self.msg, "ContactAcl")
    }

    /// `DtlsAutoGenerateCert`.
    pub fn dtls_auto_generate_cert(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsAutoGenerateCert")
    }

    /// `DtlsFingerprint`.
    pub fn dtls_fingerprint(&self) -> Option<Value<'a>> {
        text(self.msg, "DtlsFingerprint")
    }

    /// `FaxDetectTimeout`.
    pub fn fax_detect_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "FaxDetectTimeout")
    }

    /// `FollowEarlyMediaFork`.
    pub fn follow_early_media_fork(&self) -> Option<Value<'a>> {
        text(self.msg, "FollowEarlyMediaFork")
    }

    /// `G726NonStandard`.
    pub fn g726_non_standard(&self) -> Option<Value<'a>> {
        text(self.msg, "G726NonStandard")
    }

    /// `GeolocIncomingCallProfile`.
    pub fn geoloc_incoming_call_profile(&self) -> Option<Value<'a>> {
        text(self.msg, "GeolocIncomingCallProfile")
    }

    /// `GeolocOutgoingCallProfile`.
    pub fn geoloc_outgoing_call_profile(&self) -> Option<Value<'a>> {
        text(self.msg, "GeolocOutgoingCallProfile")
    }

    /// `Ignore183WithoutSdp`.
    pub fn ignore183_without_sdp(&self) -> Option<Value<'a>> {
        text(self.msg, "Ignore183WithoutSdp")
    }

    /// `IncomingCallOfferPref`.
    pub fn incoming_call_offer_pref(&self) -> Option<Value<'a>> {
        text(self.msg, "IncomingCallOfferPref")
    }

    /// `IncomingMwiMailbox`.
    pub fn incoming_mwi_mailbox(&self) -> Option<Value<'a>> {
        text(self.msg, "IncomingMwiMailbox")
    }

    /// `MaxAudioStreams`.
    pub fn max_audio_streams(&self) -> Option<Value<'a>> {
        text(self.msg, "MaxAudioStreams")
    }

    /// `MaxVideoStreams`.
    pub fn max_video_streams(&self) -> Option<Value<'a>> {
        text(self.msg, "MaxVideoStreams")
    }

    /// `MwiSubscribeReplacesUnsolicited`.
    pub fn mwi_subscribe_replaces_unsolicited(&self) -> Option<Value<'a>> {
        text(self.msg, "MwiSubscribeReplacesUnsolicited")
    }

    /// `NotifyEarlyInuseRinging`.
    pub fn notify_early_inuse_ringing(&self) -> Option<Value<'a>> {
        text(self.msg, "NotifyEarlyInuseRinging")
    }

    /// `OutgoingCallOfferPref`.
    pub fn outgoing_call_offer_pref(&self) -> Option<Value<'a>> {
        text(self.msg, "OutgoingCallOfferPref")
    }

    /// `ReferBlindProgress`.
    pub fn refer_blind_progress(&self) -> Option<Value<'a>> {
        text(self.msg, "ReferBlindProgress")
    }

    /// `RpidImmediate`.
    pub fn rpid_immediate(&self) -> Option<Value<'a>> {
        text(self.msg, "RpidImmediate")
    }

    /// `RtcpMux`.
    pub fn rtcp_mux(&self) -> Option<Value<'a>> {
        text(self.msg, "RtcpMux")
    }

    /// `RtpKeepalive`.
    pub fn rtp_keepalive(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpKeepalive")
    }

    /// `RtpTimeout`.
    pub fn rtp_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpTimeout")
    }

    /// `RtpTimeoutHold`.
    pub fn rtp_timeout_hold(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpTimeoutHold")
    }

    /// `RtpPortStart`.
    pub fn rtp_port_start(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpPortStart")
    }

    /// `RtpPortEnd`.
    pub fn rtp_port_end(&self) -> Option<Value<'a>> {
        text(self.msg, "RtpPortEnd")
    }

    /// `SecurityNegotiation`.
    pub fn security_negotiation(&self) -> Option<Value<'a>> {
        text(self.msg, "SecurityNegotiation")
    }

    /// `SendAoc`.
    pub fn send_aoc(&self) -> Option<Value<'a>> {
        text(self.msg, "SendAoc")
    }

    /// `SendHistoryInfo`.
    pub fn send_history_info(&self) -> Option<Value<'a>> {
        text(self.msg, "SendHistoryInfo")
    }

    /// `StirShaken`.
    pub fn stir_shaken(&self) -> Option<Value<'a>> {
        text(self.msg, "StirShaken")
    }

    /// `StirShakenProfile`.
    pub fn stir_shaken_profile(&self) -> Option<Value<'a>> {
        text(self.msg, "StirShakenProfile")
    }

    /// `SuppressMohOnSendonly`.
    pub fn suppress_moh_on_sendonly(&self) -> Option<Value<'a>> {
        text(self.msg, "SuppressMohOnSendonly")
    }

    /// `SuppressQ850ReasonHeaders`.
    pub fn suppress_q850_reason_headers(&self) -> Option<Value<'a>> {
        text(self.msg, "SuppressQ850ReasonHeaders")
    }

    /// `Tenantid`.
    pub fn tenantid(&self) -> Option<Value<'a>> {
        text(self.msg, "Tenantid")
    }

    /// `VoicemailExtension`.
    pub fn voicemail_extension(&self) -> Option<Value<'a>> {
        text(self.msg, "VoicemailExtension")
    }

    /// `Webrtc`.
    pub fn webrtc(&self) -> Option<Value<'a>> {
        text(self.msg, "Webrtc")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.active_channels().transpose()?;
        Ok(())
    }
}

impl EventView for EndpointDetail<'_> {
    const NAME: &'static str = "EndpointDetail";
    type View<'a> = EndpointDetail<'a>;

    fn view(msg: &Message) -> Option<EndpointDetail<'_>> {
        EndpointDetail::from_message(msg)
    }
}

/// `Event: EndpointList`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`EndpointList::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct EndpointList<'a> {
    msg: &'a Message,
}

impl<'a> EndpointList<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "EndpointList";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `Transport`.
    pub fn transport(&self) -> Option<Value<'a>> {
        text(self.msg, "Transport")
    }

    /// `Aor`.
    pub fn aor(&self) -> Option<Value<'a>> {
        text(self.msg, "Aor")
    }

    /// `Auths`.
    pub fn auths(&self) -> Option<Value<'a>> {
        text(self.msg, "Auths")
    }

    /// `OutboundAuths`.
    pub fn outbound_auths(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundAuths")
    }

    /// `DeviceState`.
    pub fn device_state(&self) -> Option<Value<'a>> {
        text(self.msg, "DeviceState")
    }

    /// `ActiveChannels`, an integer (`None` when absent or empty).
    pub fn active_channels(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ActiveChannels")
    }

    /// `Contacts`.
    pub fn contacts(&self) -> Option<Value<'a>> {
        text(self.msg, "Contacts")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.active_channels().transpose()?;
        Ok(())
    }
}

impl EventView for EndpointList<'_> {
    const NAME: &'static str = "EndpointList";
    type View<'a> = EndpointList<'a>;

    fn view(msg: &Message) -> Option<EndpointList<'_>> {
        EndpointList::from_message(msg)
    }
}

/// `Event: ExtensionStatus`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ExtensionStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ExtensionStatus<'a> {
    msg: &'a Message,
}

impl<'a> ExtensionStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ExtensionStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Exten`.
    pub fn exten(&self) -> Option<Value<'a>> {
        text(self.msg, "Exten")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Hint`.
    pub fn hint(&self) -> Option<Value<'a>> {
        text(self.msg, "Hint")
    }

    /// `Status`. Documented values: `-2`, `-1`, `0`, `1`, `2`, `4`, `8`, `9`, `16`, `17`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `StatusText`. Documented values: `Idle`, `InUse`, `Busy`, `Unavailable`, `Ringing`, `InUse&Ringing`, `Hold`, `InUse&Hold`, `Unknown`.
    pub fn status_text(&self) -> Option<Value<'a>> {
        text(self.msg, "StatusText")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for ExtensionStatus<'_> {
    const NAME: &'static str = "ExtensionStatus";
    type View<'a> = ExtensionStatus<'a>;

    fn view(msg: &Message) -> Option<ExtensionStatus<'_>> {
        ExtensionStatus::from_message(msg)
    }
}

/// `Event: FailedACL`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FailedACL::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FailedACL<'a> {
    msg: &'a Message,
}

impl<'a> FailedACL<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FailedACL";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `ACLName`.
    pub fn acl_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ACLName")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for FailedACL<'_> {
    const NAME: &'static str = "FailedACL";
    type View<'a> = FailedACL<'a>;

    fn view(msg: &Message) -> Option<FailedACL<'_>> {
        FailedACL::from_message(msg)
    }
}

/// `Event: FAXSession`: class `EVENT_FLAG_REPORTING`, from `res_fax`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FAXSession::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FAXSession<'a> {
    msg: &'a Message,
}

impl<'a> FAXSession<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FAXSession";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `SessionNumber`, an integer (`None` when absent or empty).
    pub fn session_number(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "SessionNumber")
    }

    /// `Operation`. Documented values: `gateway`, `V.21`, `send`, `receive`, `none`.
    pub fn operation(&self) -> Option<Value<'a>> {
        text(self.msg, "Operation")
    }

    /// `State`. Documented values: `Uninitialized`, `Initialized`, `Open`, `Active`, `Complete`, `Reserved`, `Inactive`, `Unknown`.
    pub fn state(&self) -> Option<Value<'a>> {
        text(self.msg, "State")
    }

    /// `ErrorCorrectionMode`. Documented values: `yes`, `no`.
    pub fn error_correction_mode(&self) -> Option<Value<'a>> {
        text(self.msg, "ErrorCorrectionMode")
    }

    /// `DataRate`.
    pub fn data_rate(&self) -> Option<Value<'a>> {
        text(self.msg, "DataRate")
    }

    /// `ImageResolution`.
    pub fn image_resolution(&self) -> Option<Value<'a>> {
        text(self.msg, "ImageResolution")
    }

    /// `PageNumber`.
    pub fn page_number(&self) -> Option<Value<'a>> {
        text(self.msg, "PageNumber")
    }

    /// `FileName`.
    pub fn file_name(&self) -> Option<Value<'a>> {
        text(self.msg, "FileName")
    }

    /// `PagesTransmitted`, an integer (`None` when absent or empty).
    pub fn pages_transmitted(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "PagesTransmitted")
    }

    /// `PagesReceived`, an integer (`None` when absent or empty).
    pub fn pages_received(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "PagesReceived")
    }

    /// `TotalBadLines`, an integer (`None` when absent or empty).
    pub fn total_bad_lines(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TotalBadLines")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.session_number().transpose()?;
        self.pages_transmitted().transpose()?;
        self.pages_received().transpose()?;
        self.total_bad_lines().transpose()?;
        Ok(())
    }
}

impl EventView for FAXSession<'_> {
    const NAME: &'static str = "FAXSession";
    type View<'a> = FAXSession<'a>;

    fn view(msg: &Message) -> Option<FAXSession<'_>> {
        FAXSession::from_message(msg)
    }
}

/// `Event: FAXSessionsComplete`: class `EVENT_FLAG_CALL`, from `res_fax`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FAXSessionsComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FAXSessionsComplete<'a> {
    msg: &'a Message,
}

impl<'a> FAXSessionsComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FAXSessionsComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `Total`, an integer (`None` when absent or empty).
    pub fn total(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Total")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.total().transpose()?;
        Ok(())
    }
}

impl EventView for FAXSessionsComplete<'_> {
    const NAME: &'static str = "FAXSessionsComplete";
    type View<'a> = FAXSessionsComplete<'a>;

    fn view(msg: &Message) -> Option<FAXSessionsComplete<'_>> {
        FAXSessionsComplete::from_message(msg)
    }
}

/// `Event: FAXSessionsEntry`: class `EVENT_FLAG_REPORTING`, from `res_fax`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FAXSessionsEntry::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FAXSessionsEntry<'a> {
    msg: &'a Message,
}

impl<'a> FAXSessionsEntry<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FAXSessionsEntry";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// `Technology`.
    pub fn technology(&self) -> Option<Value<'a>> {
        text(self.msg, "Technology")
    }

    /// `SessionNumber`, an integer (`None` when absent or empty).
    pub fn session_number(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "SessionNumber")
    }

    /// `SessionType`. Documented values: `G.711`, `T.38`.
    pub fn session_type(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionType")
    }

    /// `Operation`. Documented values: `gateway`, `V.21`, `send`, `receive`, `none`.
    pub fn operation(&self) -> Option<Value<'a>> {
        text(self.msg, "Operation")
    }

    /// `State`. Documented values: `Uninitialized`, `Initialized`, `Open`, `Active`, `Complete`, `Reserved`, `Inactive`, `Unknown`.
    pub fn state(&self) -> Option<Value<'a>> {
        text(self.msg, "State")
    }

    /// `Files`.
    pub fn files(&self) -> Option<Value<'a>> {
        text(self.msg, "Files")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.session_number().transpose()?;
        Ok(())
    }
}

impl EventView for FAXSessionsEntry<'_> {
    const NAME: &'static str = "FAXSessionsEntry";
    type View<'a> = FAXSessionsEntry<'a>;

    fn view(msg: &Message) -> Option<FAXSessionsEntry<'_>> {
        FAXSessionsEntry::from_message(msg)
    }
}

/// `Event: FAXStats`: class `EVENT_FLAG_REPORTING`, from `res_fax`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FAXStats::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FAXStats<'a> {
    msg: &'a Message,
}

impl<'a> FAXStats<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FAXStats";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `CurrentSessions`, an integer (`None` when absent or empty).
    pub fn current_sessions(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CurrentSessions")
    }

    /// `ReservedSessions`, an integer (`None` when absent or empty).
    pub fn reserved_sessions(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ReservedSessions")
    }

    /// `TransmitAttempts`, an integer (`None` when absent or empty).
    pub fn transmit_attempts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TransmitAttempts")
    }

    /// `ReceiveAttempts`, an integer (`None` when absent or empty).
    pub fn receive_attempts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ReceiveAttempts")
    }

    /// `CompletedFAXes`, an integer (`None` when absent or empty).
    pub fn completed_fa_xes(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CompletedFAXes")
    }

    /// `FailedFAXes`, an integer (`None` when absent or empty).
    pub fn failed_fa_xes(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "FailedFAXes")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.current_sessions().transpose()?;
        self.reserved_sessions().transpose()?;
        self.transmit_attempts().transpose()?;
        self.receive_attempts().transpose()?;
        self.completed_fa_xes().transpose()?;
        self.failed_fa_xes().transpose()?;
        Ok(())
    }
}

impl EventView for FAXStats<'_> {
    const NAME: &'static str = "FAXStats";
    type View<'a> = FAXStats<'a>;

    fn view(msg: &Message) -> Option<FAXStats<'_>> {
        FAXStats::from_message(msg)
    }
}

/// `Event: FAXStatus`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FAXStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FAXStatus<'a> {
    msg: &'a Message,
}

impl<'a> FAXStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FAXStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Operation`. Documented values: `gateway`, `receive`, `send`.
    pub fn operation(&self) -> Option<Value<'a>> {
        text(self.msg, "Operation")
    }

    /// `Status`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `LocalStationID`.
    pub fn local_station_id(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalStationID")
    }

    /// `FileName`.
    pub fn file_name(&self) -> Option<Value<'a>> {
        text(self.msg, "FileName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for FAXStatus<'_> {
    const NAME: &'static str = "FAXStatus";
    type View<'a> = FAXStatus<'a>;

    fn view(msg: &Message) -> Option<FAXStatus<'_>> {
        FAXStatus::from_message(msg)
    }
}

/// `Event: Flash`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Flash::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Flash<'a> {
    msg: &'a Message,
}

impl<'a> Flash<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Flash";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Flash<'_> {
    const NAME: &'static str = "Flash";
    type View<'a> = Flash<'a>;

    fn view(msg: &Message) -> Option<Flash<'_>> {
        Flash::from_message(msg)
    }
}

/// `Event: FullyBooted`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`FullyBooted::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct FullyBooted<'a> {
    msg: &'a Message,
}

impl<'a> FullyBooted<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "FullyBooted";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Status`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Uptime`, an integer (`None` when absent or empty).
    pub fn uptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Uptime")
    }

    /// `LastReload`.
    pub fn last_reload(&self) -> Option<Value<'a>> {
        text(self.msg, "LastReload")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.uptime().transpose()?;
        Ok(())
    }
}

impl EventView for FullyBooted<'_> {
    const NAME: &'static str = "FullyBooted";
    type View<'a> = FullyBooted<'a>;

    fn view(msg: &Message) -> Option<FullyBooted<'_>> {
        FullyBooted::from_message(msg)
    }
}

/// `Event: Hangup`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Hangup::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Hangup<'a> {
    msg: &'a Message,
}

impl<'a> Hangup<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Hangup";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Cause`, an integer (`None` when absent or empty).
    pub fn cause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Cause")
    }

    /// `Cause-txt`.
    pub fn cause_txt(&self) -> Option<Value<'a>> {
        text(self.msg, "Cause-txt")
    }

    /// `TechCause`, an integer (`None` when absent or empty).
    pub fn tech_cause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TechCause")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.cause().transpose()?;
        self.tech_cause().transpose()?;
        Ok(())
    }
}

impl EventView for Hangup<'_> {
    const NAME: &'static str = "Hangup";
    type View<'a> = Hangup<'a>;

    fn view(msg: &Message) -> Option<Hangup<'_>> {
        Hangup::from_message(msg)
    }
}

/// `Event: HangupHandlerPop`: class `EVENT_FLAG_DIALPLAN`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`HangupHandlerPop::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct HangupHandlerPop<'a> {
    msg: &'a Message,
}

impl<'a> HangupHandlerPop<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "HangupHandlerPop";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Handler`.
    pub fn handler(&self) -> Option<Value<'a>> {
        text(self.msg, "Handler")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for HangupHandlerPop<'_> {
    const NAME: &'static str = "HangupHandlerPop";
    type View<'a> = HangupHandlerPop<'a>;

    fn view(msg: &Message) -> Option<HangupHandlerPop<'_>> {
        HangupHandlerPop::from_message(msg)
    }
}

/// `Event: HangupHandlerPush`: class `EVENT_FLAG_DIALPLAN`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`HangupHandlerPush::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct HangupHandlerPush<'a> {
    msg: &'a Message,
}

impl<'a> HangupHandlerPush<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "HangupHandlerPush";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Handler`.
    pub fn handler(&self) -> Option<Value<'a>> {
        text(self.msg, "Handler")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for HangupHandlerPush<'_> {
    const NAME: &'static str = "HangupHandlerPush";
    type View<'a> = HangupHandlerPush<'a>;

    fn view(msg: &Message) -> Option<HangupHandlerPush<'_>> {
        HangupHandlerPush::from_message(msg)
    }
}

/// `Event: HangupHandlerRun`: class `EVENT_FLAG_DIALPLAN`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`HangupHandlerRun::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct HangupHandlerRun<'a> {
    msg: &'a Message,
}

impl<'a> HangupHandlerRun<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "HangupHandlerRun";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Handler`.
    pub fn handler(&self) -> Option<Value<'a>> {
        text(self.msg, "Handler")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for HangupHandlerRun<'_> {
    const NAME: &'static str = "HangupHandlerRun";
    type View<'a> = HangupHandlerRun<'a>;

    fn view(msg: &Message) -> Option<HangupHandlerRun<'_>> {
        HangupHandlerRun::from_message(msg)
    }
}

/// `Event: HangupRequest`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`HangupRequest::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct HangupRequest<'a> {
    msg: &'a Message,
}

impl<'a> HangupRequest<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "HangupRequest";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Cause`, an integer (`None` when absent or empty).
    pub fn cause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Cause")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.cause().transpose()?;
        Ok(())
    }
}

impl EventView for HangupRequest<'_> {
    const NAME: &'static str = "HangupRequest";
    type View<'a> = HangupRequest<'a>;

    fn view(msg: &Message) -> Option<HangupRequest<'_>> {
        HangupRequest::from_message(msg)
    }
}

/// `Event: Hold`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Hold::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Hold<'a> {
    msg: &'a Message,
}

impl<'a> Hold<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Hold";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `MusicClass`.
    pub fn music_class(&self) -> Option<Value<'a>> {
        text(self.msg, "MusicClass")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Hold<'_> {
    const NAME: &'static str = "Hold";
    type View<'a> = Hold<'a>;

    fn view(msg: &Message) -> Option<Hold<'_>> {
        Hold::from_message(msg)
    }
}

/// `Event: IdentifyDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 13.20.0, 15.3.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`IdentifyDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct IdentifyDetail<'a> {
    msg: &'a Message,
}

impl<'a> IdentifyDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "IdentifyDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `Endpoint`.
    pub fn endpoint(&self) -> Option<Value<'a>> {
        text(self.msg, "Endpoint")
    }

    /// `SrvLookups`.
    pub fn srv_lookups(&self) -> Option<Value<'a>> {
        text(self.msg, "SrvLookups")
    }

    /// `Match`.
    pub fn match_(&self) -> Option<Value<'a>> {
        text(self.msg, "Match")
    }

    /// `MatchHeader`.
    pub fn match_header(&self) -> Option<Value<'a>> {
        text(self.msg, "MatchHeader")
    }

    /// `MatchRequestUri`.
    pub fn match_request_uri(&self) -> Option<Value<'a>> {
        text(self.msg, "MatchRequestUri")
    }

    /// `EndpointName`.
    pub fn endpoint_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EndpointName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for IdentifyDetail<'_> {
    const NAME: &'static str = "IdentifyDetail";
    type View<'a> = IdentifyDetail<'a>;

    fn view(msg: &Message) -> Option<IdentifyDetail<'_>> {
        IdentifyDetail::from_message(msg)
    }
}

/// `Event: InboundRegistrationDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip_registrar`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`InboundRegistrationDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct InboundRegistrationDetail<'a> {
    msg: &'a Message,
}

impl<'a> InboundRegistrationDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "InboundRegistrationDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `MinimumExpiration`.
    pub fn minimum_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "MinimumExpiration")
    }

    /// `DefaultExpiration`.
    pub fn default_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "DefaultExpiration")
    }

    /// `QualifyTimeout`.
    pub fn qualify_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyTimeout")
    }

    /// `Qualify2xxOnly`.
    pub fn qualify2xx_only(&self) -> Option<Value<'a>> {
        text(self.msg, "Qualify2xxOnly")
    }

    /// `Mailboxes`.
    pub fn mailboxes(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailboxes")
    }

    /// `SupportPath`.
    pub fn support_path(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportPath")
    }

    /// `RemoveUnavailable`.
    pub fn remove_unavailable(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoveUnavailable")
    }

    /// `VoicemailExtension`.
    pub fn voicemail_extension(&self) -> Option<Value<'a>> {
        text(self.msg, "VoicemailExtension")
    }

    /// `MaxContacts`, an integer (`None` when absent or empty).
    pub fn max_contacts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "MaxContacts")
    }

    /// `AuthenticateQualify`.
    pub fn authenticate_qualify(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthenticateQualify")
    }

    /// `MaximumExpiration`.
    pub fn maximum_expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "MaximumExpiration")
    }

    /// `QualifyFrequency`.
    pub fn qualify_frequency(&self) -> Option<Value<'a>> {
        text(self.msg, "QualifyFrequency")
    }

    /// `RemoveExisting`.
    pub fn remove_existing(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoveExisting")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `Contacts`.
    pub fn contacts(&self) -> Option<Value<'a>> {
        text(self.msg, "Contacts")
    }

    /// `Contact`.
    pub fn contact(&self) -> Option<Value<'a>> {
        text(self.msg, "Contact")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.max_contacts().transpose()?;
        Ok(())
    }
}

impl EventView for InboundRegistrationDetail<'_> {
    const NAME: &'static str = "InboundRegistrationDetail";
    type View<'a> = InboundRegistrationDetail<'a>;

    fn view(msg: &Message) -> Option<InboundRegistrationDetail<'_>> {
        InboundRegistrationDetail::from_message(msg)
    }
}

/// `Event: InboundSubscriptionDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip_pubsub`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`InboundSubscriptionDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct InboundSubscriptionDetail<'a> {
    msg: &'a Message,
}

impl<'a> InboundSubscriptionDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "InboundSubscriptionDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Role`.
    pub fn role(&self) -> Option<Value<'a>> {
        text(self.msg, "Role")
    }

    /// `Endpoint`.
    pub fn endpoint(&self) -> Option<Value<'a>> {
        text(self.msg, "Endpoint")
    }

    /// `Callid`.
    pub fn callid(&self) -> Option<Value<'a>> {
        text(self.msg, "Callid")
    }

    /// `State`.
    pub fn state(&self) -> Option<Value<'a>> {
        text(self.msg, "State")
    }

    /// `Callerid`.
    pub fn callerid(&self) -> Option<Value<'a>> {
        text(self.msg, "Callerid")
    }

    /// `SubscriptionType`. Documented values: `mwi`, `extension_state`.
    pub fn subscription_type(&self) -> Option<Value<'a>> {
        text(self.msg, "SubscriptionType")
    }

    /// `Extension`.
    pub fn extension(&self) -> Option<Value<'a>> {
        text(self.msg, "Extension")
    }

    /// `ExtensionStates`. Documented values: `Idle`, `InUse`, `Busy`, `Unavailable`, `Ringing`, `InUse&Ringing`, `Hold`, `InUse&Hold`, `Unknown`.
    pub fn extension_states(&self) -> Option<Value<'a>> {
        text(self.msg, "ExtensionStates")
    }

    /// `Mailboxes`.
    pub fn mailboxes(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailboxes")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for InboundSubscriptionDetail<'_> {
    const NAME: &'static str = "InboundSubscriptionDetail";
    type View<'a> = InboundSubscriptionDetail<'a>;

    fn view(msg: &Message) -> Option<InboundSubscriptionDetail<'_>> {
        InboundSubscriptionDetail::from_message(msg)
    }
}

/// `Event: InvalidAccountID`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`InvalidAccountID::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct InvalidAccountID<'a> {
    msg: &'a Message,
}

impl<'a> InvalidAccountID<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "InvalidAccountID";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for InvalidAccountID<'_> {
    const NAME: &'static str = "InvalidAccountID";
    type View<'a> = InvalidAccountID<'a>;

    fn view(msg: &Message) -> Option<InvalidAccountID<'_>> {
        InvalidAccountID::from_message(msg)
    }
}

/// `Event: InvalidPassword`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`InvalidPassword::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct InvalidPassword<'a> {
    msg: &'a Message,
}

impl<'a> InvalidPassword<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "InvalidPassword";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// `Challenge`.
    pub fn challenge(&self) -> Option<Value<'a>> {
        text(self.msg, "Challenge")
    }

    /// `ReceivedChallenge`.
    pub fn received_challenge(&self) -> Option<Value<'a>> {
        text(self.msg, "ReceivedChallenge")
    }

    /// `ReceivedHash`.
    pub fn received_hash(&self) -> Option<Value<'a>> {
        text(self.msg, "ReceivedHash")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for InvalidPassword<'_> {
    const NAME: &'static str = "InvalidPassword";
    type View<'a> = InvalidPassword<'a>;

    fn view(msg: &Message) -> Option<InvalidPassword<'_>> {
        InvalidPassword::from_message(msg)
    }
}

/// `Event: InvalidTransport`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`InvalidTransport::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct InvalidTransport<'a> {
    msg: &'a Message,
}

impl<'a> InvalidTransport<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "InvalidTransport";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `AttemptedTransport`.
    pub fn attempted_transport(&self) -> Option<Value<'a>> {
        text(self.msg, "AttemptedTransport")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for InvalidTransport<'_> {
    const NAME: &'static str = "InvalidTransport";
    type View<'a> = InvalidTransport<'a>;

    fn view(msg: &Message) -> Option<InvalidTransport<'_>> {
        InvalidTransport::from_message(msg)
    }
}

/// `Event: ListDialplan`: not in Asterisk's documentation; headers as seen in the capture `showdialplan_agents.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ListDialplan::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ListDialplan<'a> {
    msg: &'a Message,
}

impl<'a> ListDialplan<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ListDialplan";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Extension`.
    pub fn extension(&self) -> Option<Value<'a>> {
        text(self.msg, "Extension")
    }

    /// `Priority`.
    pub fn priority(&self) -> Option<Value<'a>> {
        text(self.msg, "Priority")
    }

    /// `Application`.
    pub fn application(&self) -> Option<Value<'a>> {
        text(self.msg, "Application")
    }

    /// `AppData`.
    pub fn app_data(&self) -> Option<Value<'a>> {
        text(self.msg, "AppData")
    }

    /// `Registrar`.
    pub fn registrar(&self) -> Option<Value<'a>> {
        text(self.msg, "Registrar")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for ListDialplan<'_> {
    const NAME: &'static str = "ListDialplan";
    type View<'a> = ListDialplan<'a>;

    fn view(msg: &Message) -> Option<ListDialplan<'_>> {
        ListDialplan::from_message(msg)
    }
}

/// `Event: Load`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 16.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Load::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Load<'a> {
    msg: &'a Message,
}

impl<'a> Load<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Load";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `Status`. Documented values: `Failure`, `Success`, `Decline`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for Load<'_> {
    const NAME: &'static str = "Load";
    type View<'a> = Load<'a>;

    fn view(msg: &Message) -> Option<Load<'_>> {
        Load::from_message(msg)
    }
}

/// `Event: LoadAverageLimit`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`LoadAverageLimit::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct LoadAverageLimit<'a> {
    msg: &'a Message,
}

impl<'a> LoadAverageLimit<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "LoadAverageLimit";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for LoadAverageLimit<'_> {
    const NAME: &'static str = "LoadAverageLimit";
    type View<'a> = LoadAverageLimit<'a>;

    fn view(msg: &Message) -> Option<LoadAverageLimit<'_>> {
        LoadAverageLimit::from_message(msg)
    }
}

/// `Event: LocalBridge`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`LocalBridge::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct LocalBridge<'a> {
    msg: &'a Message,
}

impl<'a> LocalBridge<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "LocalBridge";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `LocalOneChannel`, `LocalOneChannelState`, ... `LocalOneLinkedid`.
    pub fn local_one_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalOne")
    }

    /// The channel snapshot `LocalTwoChannel`, `LocalTwoChannelState`, ... `LocalTwoLinkedid`.
    pub fn local_two_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalTwo")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Exten`.
    pub fn exten(&self) -> Option<Value<'a>> {
        text(self.msg, "Exten")
    }

    /// `LocalOptimization`. Documented values: `Yes`, `No`.
    pub fn local_optimization(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalOptimization")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.local_one_channel().validate()?;
        self.local_two_channel().validate()?;
        Ok(())
    }
}

impl EventView for LocalBridge<'_> {
    const NAME: &'static str = "LocalBridge";
    type View<'a> = LocalBridge<'a>;

    fn view(msg: &Message) -> Option<LocalBridge<'_>> {
        LocalBridge::from_message(msg)
    }
}

/// `Event: LocalOptimizationBegin`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`LocalOptimizationBegin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct LocalOptimizationBegin<'a> {
    msg: &'a Message,
}

impl<'a> LocalOptimizationBegin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "LocalOptimizationBegin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `LocalOneChannel`, `LocalOneChannelState`, ... `LocalOneLinkedid`.
    pub fn local_one_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalOne")
    }

    /// The channel snapshot `LocalTwoChannel`, `LocalTwoChannelState`, ... `LocalTwoLinkedid`.
    pub fn local_two_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalTwo")
    }

    /// The channel snapshot `SourceChannel`, `SourceChannelState`, ... `SourceLinkedid`.
    pub fn source_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Source")
    }

    /// `DestUniqueId`.
    pub fn dest_unique_id(&self) -> Option<Value<'a>> {
        text(self.msg, "DestUniqueId")
    }

    /// `Id`.
    pub fn id(&self) -> Option<Value<'a>> {
        text(self.msg, "Id")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.local_one_channel().validate()?;
        self.local_two_channel().validate()?;
        self.source_channel().validate()?;
        Ok(())
    }
}

impl EventView for LocalOptimizationBegin<'_> {
    const NAME: &'static str = "LocalOptimizationBegin";
    type View<'a> = LocalOptimizationBegin<'a>;

    fn view(msg: &Message) -> Option<LocalOptimizationBegin<'_>> {
        LocalOptimizationBegin::from_message(msg)
    }
}

/// `Event: LocalOptimizationEnd`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`LocalOptimizationEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct LocalOptimizationEnd<'a> {
    msg: &'a Message,
}

impl<'a> LocalOptimizationEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "LocalOptimizationEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `LocalOneChannel`, `LocalOneChannelState`, ... `LocalOneLinkedid`.
    pub fn local_one_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalOne")
    }

    /// The channel snapshot `LocalTwoChannel`, `LocalTwoChannelState`, ... `LocalTwoLinkedid`.
    pub fn local_two_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "LocalTwo")
    }

    /// `Success`.
    pub fn success(&self) -> Option<Value<'a>> {
        text(self.msg, "Success")
    }

    /// `Id`.
    pub fn id(&self) -> Option<Value<'a>> {
        text(self.msg, "Id")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.local_one_channel().validate()?;
        self.local_two_channel().validate()?;
        Ok(())
    }
}

impl EventView for LocalOptimizationEnd<'_> {
    const NAME: &'static str = "LocalOptimizationEnd";
    type View<'a> = LocalOptimizationEnd<'a>;

    fn view(msg: &Message) -> Option<LocalOptimizationEnd<'_>> {
        LocalOptimizationEnd::from_message(msg)
    }
}

/// `Event: LogChannel`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`LogChannel::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct LogChannel<'a> {
    msg: &'a Message,
}

impl<'a> LogChannel<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "LogChannel";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for LogChannel<'_> {
    const NAME: &'static str = "LogChannel";
    type View<'a> = LogChannel<'a>;

    fn view(msg: &Message) -> Option<LogChannel<'_>> {
        LogChannel::from_message(msg)
    }
}

/// `Event: MCID`: class `EVENT_FLAG_CALL`, from `sig_pri`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MCID::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MCID<'a> {
    msg: &'a Message,
}

impl<'a> MCID<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MCID";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `MCallerIDNumValid`.
    pub fn m_caller_id_num_valid(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNumValid")
    }

    /// `MCallerIDNum`.
    pub fn m_caller_id_num(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNum")
    }

    /// `MCallerIDton`.
    pub fn m_caller_id_ton(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDton")
    }

    /// `MCallerIDNumPlan`.
    pub fn m_caller_id_num_plan(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNumPlan")
    }

    /// `MCallerIDNumPres`.
    pub fn m_caller_id_num_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNumPres")
    }

    /// `MCallerIDNameValid`.
    pub fn m_caller_id_name_valid(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNameValid")
    }

    /// `MCallerIDName`.
    pub fn m_caller_id_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDName")
    }

    /// `MCallerIDNameCharSet`.
    pub fn m_caller_id_name_char_set(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNameCharSet")
    }

    /// `MCallerIDNamePres`.
    pub fn m_caller_id_name_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDNamePres")
    }

    /// `MCallerIDSubaddr`.
    pub fn m_caller_id_subaddr(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDSubaddr")
    }

    /// `MCallerIDSubaddrType`.
    pub fn m_caller_id_subaddr_type(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDSubaddrType")
    }

    /// `MCallerIDSubaddrOdd`.
    pub fn m_caller_id_subaddr_odd(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDSubaddrOdd")
    }

    /// `MCallerIDPres`.
    pub fn m_caller_id_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "MCallerIDPres")
    }

    /// `MConnectedIDNumValid`.
    pub fn m_connected_id_num_valid(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNumValid")
    }

    /// `MConnectedIDNum`.
    pub fn m_connected_id_num(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNum")
    }

    /// `MConnectedIDton`.
    pub fn m_connected_id_ton(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDton")
    }

    /// `MConnectedIDNumPlan`.
    pub fn m_connected_id_num_plan(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNumPlan")
    }

    /// `MConnectedIDNumPres`.
    pub fn m_connected_id_num_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNumPres")
    }

    /// `MConnectedIDNameValid`.
    pub fn m_connected_id_name_valid(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNameValid")
    }

    /// `MConnectedIDName`.
    pub fn m_connected_id_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDName")
    }

    /// `MConnectedIDNameCharSet`.
    pub fn m_connected_id_name_char_set(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNameCharSet")
    }

    /// `MConnectedIDNamePres`.
    pub fn m_connected_id_name_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDNamePres")
    }

    /// `MConnectedIDSubaddr`.
    pub fn m_connected_id_subaddr(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDSubaddr")
    }

    /// `MConnectedIDSubaddrType`.
    pub fn m_connected_id_subaddr_type(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDSubaddrType")
    }

    /// `MConnectedIDSubaddrOdd`.
    pub fn m_connected_id_subaddr_odd(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDSubaddrOdd")
    }

    /// `MConnectedIDPres`.
    pub fn m_connected_id_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "MConnectedIDPres")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MCID<'_> {
    const NAME: &'static str = "MCID";
    type View<'a> = MCID<'a>;

    fn view(msg: &Message) -> Option<MCID<'_>> {
        MCID::from_message(msg)
    }
}

/// `Event: MeetmeEnd`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeEnd::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeEnd<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeEnd<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeEnd";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Meetme`.
    pub fn meetme(&self) -> Option<Value<'a>> {
        text(self.msg, "Meetme")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for MeetmeEnd<'_> {
    const NAME: &'static str = "MeetmeEnd";
    type View<'a> = MeetmeEnd<'a>;

    fn view(msg: &Message) -> Option<MeetmeEnd<'_>> {
        MeetmeEnd::from_message(msg)
    }
}

/// `Event: MeetmeJoin`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeJoin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeJoin<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeJoin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeJoin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Meetme`.
    pub fn meetme(&self) -> Option<Value<'a>> {
        text(self.msg, "Meetme")
    }

    /// `User`.
    pub fn user(&self) -> Option<Value<'a>> {
        text(self.msg, "User")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MeetmeJoin<'_> {
    const NAME: &'static str = "MeetmeJoin";
    type View<'a> = MeetmeJoin<'a>;

    fn view(msg: &Message) -> Option<MeetmeJoin<'_>> {
        MeetmeJoin::from_message(msg)
    }
}

/// `Event: MeetmeLeave`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeLeave::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeLeave<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeLeave<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeLeave";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Meetme`.
    pub fn meetme(&self) -> Option<Value<'a>> {
        text(self.msg, "Meetme")
    }

    /// `User`.
    pub fn user(&self) -> Option<Value<'a>> {
        text(self.msg, "User")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MeetmeLeave<'_> {
    const NAME: &'static str = "MeetmeLeave";
    type View<'a> = MeetmeLeave<'a>;

    fn view(msg: &Message) -> Option<MeetmeLeave<'_>> {
        MeetmeLeave::from_message(msg)
    }
}

/// `Event: MeetmeList`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 16.29.0, 18.15.0, 19.7.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeList::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeList<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeList<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeList";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `UserNumber`, an integer (`None` when absent or empty).
    pub fn user_number(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "UserNumber")
    }

    /// `CallerIDNum`.
    pub fn caller_id_num(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDNum")
    }

    /// `CallerIDName`.
    pub fn caller_id_name(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDName")
    }

    /// `ConnectedLineNum`.
    pub fn connected_line_num(&self) -> Option<Value<'a>> {
        text(self.msg, "ConnectedLineNum")
    }

    /// `ConnectedLineName`.
    pub fn connected_line_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ConnectedLineName")
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// `Admin`.
    pub fn admin(&self) -> Option<Value<'a>> {
        text(self.msg, "Admin")
    }

    /// `Role`.
    pub fn role(&self) -> Option<Value<'a>> {
        text(self.msg, "Role")
    }

    /// `MarkedUser`.
    pub fn marked_user(&self) -> Option<Value<'a>> {
        text(self.msg, "MarkedUser")
    }

    /// `Muted`.
    pub fn muted(&self) -> Option<Value<'a>> {
        text(self.msg, "Muted")
    }

    /// `Talking`.
    pub fn talking(&self) -> Option<Value<'a>> {
        text(self.msg, "Talking")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.user_number().transpose()?;
        Ok(())
    }
}

impl EventView for MeetmeList<'_> {
    const NAME: &'static str = "MeetmeList";
    type View<'a> = MeetmeList<'a>;

    fn view(msg: &Message) -> Option<MeetmeList<'_>> {
        MeetmeList::from_message(msg)
    }
}

/// `Event: MeetmeListRooms`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 16.29.0, 18.15.0, 19.7.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeListRooms::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeListRooms<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeListRooms<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeListRooms";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Conference`.
    pub fn conference(&self) -> Option<Value<'a>> {
        text(self.msg, "Conference")
    }

    /// `Parties`, an integer (`None` when absent or empty).
    pub fn parties(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Parties")
    }

    /// `Marked`.
    pub fn marked(&self) -> Option<Value<'a>> {
        text(self.msg, "Marked")
    }

    /// `Activity`.
    pub fn activity(&self) -> Option<Value<'a>> {
        text(self.msg, "Activity")
    }

    /// `Creation`.
    pub fn creation(&self) -> Option<Value<'a>> {
        text(self.msg, "Creation")
    }

    /// `Locked`.
    pub fn locked(&self) -> Option<Value<'a>> {
        text(self.msg, "Locked")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parties().transpose()?;
        Ok(())
    }
}

impl EventView for MeetmeListRooms<'_> {
    const NAME: &'static str = "MeetmeListRooms";
    type View<'a> = MeetmeListRooms<'a>;

    fn view(msg: &Message) -> Option<MeetmeListRooms<'_>> {
        MeetmeListRooms::from_message(msg)
    }
}

/// `Event: MeetmeMute`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeMute::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeMute<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeMute<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeMute";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Meetme`.
    pub fn meetme(&self) -> Option<Value<'a>> {
        text(self.msg, "Meetme")
    }

    /// `User`.
    pub fn user(&self) -> Option<Value<'a>> {
        text(self.msg, "User")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// `Status`. Documented values: `on`, `off`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MeetmeMute<'_> {
    const NAME: &'static str = "MeetmeMute";
    type View<'a> = MeetmeMute<'a>;

    fn view(msg: &Message) -> Option<MeetmeMute<'_>> {
        MeetmeMute::from_message(msg)
    }
}

/// `Event: MeetmeTalking`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeTalking::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeTalking<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeTalking<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeTalking";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Meetme`.
    pub fn meetme(&self) -> Option<Value<'a>> {
        text(self.msg, "Meetme")
    }

    /// `User`.
    pub fn user(&self) -> Option<Value<'a>> {
        text(self.msg, "User")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// `Status`. Documented values: `on`, `off`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MeetmeTalking<'_> {
    const NAME: &'static str = "MeetmeTalking";
    type View<'a> = MeetmeTalking<'a>;

    fn view(msg: &Message) -> Option<MeetmeTalking<'_>> {
        MeetmeTalking::from_message(msg)
    }
}

/// `Event: MeetmeTalkRequest`: class `EVENT_FLAG_CALL`, from `app_meetme`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MeetmeTalkRequest::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MeetmeTalkRequest<'a> {
    msg: &'a Message,
}

impl<'a> MeetmeTalkRequest<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MeetmeTalkRequest";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Meetme`.
    pub fn meetme(&self) -> Option<Value<'a>> {
        text(self.msg, "Meetme")
    }

    /// `User`.
    pub fn user(&self) -> Option<Value<'a>> {
        text(self.msg, "User")
    }

    /// `Duration`.
    pub fn duration(&self) -> Option<Value<'a>> {
        text(self.msg, "Duration")
    }

    /// `Status`. Documented values: `on`, `off`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MeetmeTalkRequest<'_> {
    const NAME: &'static str = "MeetmeTalkRequest";
    type View<'a> = MeetmeTalkRequest<'a>;

    fn view(msg: &Message) -> Option<MeetmeTalkRequest<'_>> {
        MeetmeTalkRequest::from_message(msg)
    }
}

/// `Event: MemoryLimit`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MemoryLimit::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MemoryLimit<'a> {
    msg: &'a Message,
}

impl<'a> MemoryLimit<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MemoryLimit";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for MemoryLimit<'_> {
    const NAME: &'static str = "MemoryLimit";
    type View<'a> = MemoryLimit<'a>;

    fn view(msg: &Message) -> Option<MemoryLimit<'_>> {
        MemoryLimit::from_message(msg)
    }
}

/// `Event: MessageWaiting`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MessageWaiting::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MessageWaiting<'a> {
    msg: &'a Message,
}

impl<'a> MessageWaiting<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MessageWaiting";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Mailbox`.
    pub fn mailbox(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailbox")
    }

    /// `Waiting`.
    pub fn waiting(&self) -> Option<Value<'a>> {
        text(self.msg, "Waiting")
    }

    /// `New`.
    pub fn new_(&self) -> Option<Value<'a>> {
        text(self.msg, "New")
    }

    /// `Old`.
    pub fn old(&self) -> Option<Value<'a>> {
        text(self.msg, "Old")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MessageWaiting<'_> {
    const NAME: &'static str = "MessageWaiting";
    type View<'a> = MessageWaiting<'a>;

    fn view(msg: &Message) -> Option<MessageWaiting<'_>> {
        MessageWaiting::from_message(msg)
    }
}

/// `Event: MiniVoiceMail`: class `EVENT_FLAG_CALL`, from `app_minivm`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MiniVoiceMail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MiniVoiceMail<'a> {
    msg: &'a Message,
}

impl<'a> MiniVoiceMail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MiniVoiceMail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Action`.
    pub fn action(&self) -> Option<Value<'a>> {
        text(self.msg, "Action")
    }

    /// `Mailbox`.
    pub fn mailbox(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailbox")
    }

    /// `Counter`.
    pub fn counter(&self) -> Option<Value<'a>> {
        text(self.msg, "Counter")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MiniVoiceMail<'_> {
    const NAME: &'static str = "MiniVoiceMail";
    type View<'a> = MiniVoiceMail<'a>;

    fn view(msg: &Message) -> Option<MiniVoiceMail<'_>> {
        MiniVoiceMail::from_message(msg)
    }
}

/// `Event: MixMonitorMute`: class `EVENT_FLAG_CALL`, from `app_mixmonitor`, since Asterisk 16.17.0, 18.3.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MixMonitorMute::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MixMonitorMute<'a> {
    msg: &'a Message,
}

impl<'a> MixMonitorMute<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MixMonitorMute";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Direction`.
    pub fn direction(&self) -> Option<Value<'a>> {
        text(self.msg, "Direction")
    }

    /// `State`.
    pub fn state(&self) -> Option<Value<'a>> {
        text(self.msg, "State")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MixMonitorMute<'_> {
    const NAME: &'static str = "MixMonitorMute";
    type View<'a> = MixMonitorMute<'a>;

    fn view(msg: &Message) -> Option<MixMonitorMute<'_>> {
        MixMonitorMute::from_message(msg)
    }
}

/// `Event: MixMonitorStart`: class `EVENT_FLAG_CALL`, from `app_mixmonitor`, since Asterisk 16.17.0, 18.3.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MixMonitorStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MixMonitorStart<'a> {
    msg: &'a Message,
}

impl<'a> MixMonitorStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MixMonitorStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MixMonitorStart<'_> {
    const NAME: &'static str = "MixMonitorStart";
    type View<'a> = MixMonitorStart<'a>;

    fn view(msg: &Message) -> Option<MixMonitorStart<'_>> {
        MixMonitorStart::from_message(msg)
    }
}

/// `Event: MixMonitorStop`: class `EVENT_FLAG_CALL`, from `app_mixmonitor`, since Asterisk 16.17.0, 18.3.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MixMonitorStop::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MixMonitorStop<'a> {
    msg: &'a Message,
}

impl<'a> MixMonitorStop<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MixMonitorStop";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MixMonitorStop<'_> {
    const NAME: &'static str = "MixMonitorStop";
    type View<'a> = MixMonitorStop<'a>;

    fn view(msg: &Message) -> Option<MixMonitorStop<'_>> {
        MixMonitorStop::from_message(msg)
    }
}

/// `Event: MusicOnHoldStart`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MusicOnHoldStart::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MusicOnHoldStart<'a> {
    msg: &'a Message,
}

impl<'a> MusicOnHoldStart<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MusicOnHoldStart";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Class`.
    pub fn class(&self) -> Option<Value<'a>> {
        text(self.msg, "Class")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MusicOnHoldStart<'_> {
    const NAME: &'static str = "MusicOnHoldStart";
    type View<'a> = MusicOnHoldStart<'a>;

    fn view(msg: &Message) -> Option<MusicOnHoldStart<'_>> {
        MusicOnHoldStart::from_message(msg)
    }
}

/// `Event: MusicOnHoldStop`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MusicOnHoldStop::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MusicOnHoldStop<'a> {
    msg: &'a Message,
}

impl<'a> MusicOnHoldStop<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MusicOnHoldStop";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for MusicOnHoldStop<'_> {
    const NAME: &'static str = "MusicOnHoldStop";
    type View<'a> = MusicOnHoldStop<'a>;

    fn view(msg: &Message) -> Option<MusicOnHoldStop<'_>> {
        MusicOnHoldStop::from_message(msg)
    }
}

/// `Event: MWIGet`: class `EVENT_FLAG_REPORTING`, from `res_mwi_external_ami`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MWIGet::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MWIGet<'a> {
    msg: &'a Message,
}

impl<'a> MWIGet<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MWIGet";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `Mailbox`.
    pub fn mailbox(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailbox")
    }

    /// `OldMessages`, an integer (`None` when absent or empty).
    pub fn old_messages(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "OldMessages")
    }

    /// `NewMessages`, an integer (`None` when absent or empty).
    pub fn new_messages(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "NewMessages")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.old_messages().transpose()?;
        self.new_messages().transpose()?;
        Ok(())
    }
}

impl EventView for MWIGet<'_> {
    const NAME: &'static str = "MWIGet";
    type View<'a> = MWIGet<'a>;

    fn view(msg: &Message) -> Option<MWIGet<'_>> {
        MWIGet::from_message(msg)
    }
}

/// `Event: MWIGetComplete`: class `EVENT_FLAG_REPORTING`, from `res_mwi_external_ami`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`MWIGetComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct MWIGetComplete<'a> {
    msg: &'a Message,
}

impl<'a> MWIGetComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "MWIGetComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for MWIGetComplete<'_> {
    const NAME: &'static str = "MWIGetComplete";
    type View<'a> = MWIGetComplete<'a>;

    fn view(msg: &Message) -> Option<MWIGetComplete<'_>> {
        MWIGetComplete::from_message(msg)
    }
}

/// `Event: NewAccountCode`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`NewAccountCode::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct NewAccountCode<'a> {
    msg: &'a Message,
}

impl<'a> NewAccountCode<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "NewAccountCode";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `OldAccountCode`.
    pub fn old_account_code(&self) -> Option<Value<'a>> {
        text(self.msg, "OldAccountCode")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for NewAccountCode<'_> {
    const NAME: &'static str = "NewAccountCode";
    type View<'a> = NewAccountCode<'a>;

    fn view(msg: &Message) -> Option<NewAccountCode<'_>> {
        NewAccountCode::from_message(msg)
    }
}

/// `Event: NewCallerid`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`NewCallerid::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct NewCallerid<'a> {
    msg: &'a Message,
}

impl<'a> NewCallerid<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "NewCallerid";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `CID-CallingPres`.
    pub fn cid_calling_pres(&self) -> Option<Value<'a>> {
        text(self.msg, "CID-CallingPres")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for NewCallerid<'_> {
    const NAME: &'static str = "NewCallerid";
    type View<'a> = NewCallerid<'a>;

    fn view(msg: &Message) -> Option<NewCallerid<'_>> {
        NewCallerid::from_message(msg)
    }
}

/// `Event: Newchannel`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Newchannel::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Newchannel<'a> {
    msg: &'a Message,
}

impl<'a> Newchannel<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Newchannel";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Newchannel<'_> {
    const NAME: &'static str = "Newchannel";
    type View<'a> = Newchannel<'a>;

    fn view(msg: &Message) -> Option<Newchannel<'_>> {
        Newchannel::from_message(msg)
    }
}

/// `Event: NewConnectedLine`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 13.13.0, 14.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`NewConnectedLine::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct NewConnectedLine<'a> {
    msg: &'a Message,
}

impl<'a> NewConnectedLine<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "NewConnectedLine";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for NewConnectedLine<'_> {
    const NAME: &'static str = "NewConnectedLine";
    type View<'a> = NewConnectedLine<'a>;

    fn view(msg: &Message) -> Option<NewConnectedLine<'_>> {
        NewConnectedLine::from_message(msg)
    }
}

/// `Event: Newexten`: class `EVENT_FLAG_DIALPLAN`, from `builtin`, since Asterisk 12.0.0; class `EVENT_FLAG_DIALPLAN`, from `builtin`, since Asterisk an undocumented version (documented as `NewExten`).
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Newexten::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Newexten<'a> {
    msg: &'a Message,
}

impl<'a> Newexten<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Newexten";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Extension`.
    pub fn extension(&self) -> Option<Value<'a>> {
        text(self.msg, "Extension")
    }

    /// `Application`.
    pub fn application(&self) -> Option<Value<'a>> {
        text(self.msg, "Application")
    }

    /// `AppData`.
    pub fn app_data(&self) -> Option<Value<'a>> {
        text(self.msg, "AppData")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Newexten<'_> {
    const NAME: &'static str = "Newexten";
    type View<'a> = Newexten<'a>;

    fn view(msg: &Message) -> Option<Newexten<'_>> {
        Newexten::from_message(msg)
    }
}

/// `Event: Newstate`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Newstate::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Newstate<'a> {
    msg: &'a Message,
}

impl<'a> Newstate<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Newstate";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Newstate<'_> {
    const NAME: &'static str = "Newstate";
    type View<'a> = Newstate<'a>;

    fn view(msg: &Message) -> Option<Newstate<'_>> {
        Newstate::from_message(msg)
    }
}

/// `Event: OriginateResponse`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`OriginateResponse::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct OriginateResponse<'a> {
    msg: &'a Message,
}

impl<'a> OriginateResponse<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "OriginateResponse";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `Response`. Documented values: `Failure`, `Success`.
    pub fn response(&self) -> Option<Value<'a>> {
        text(self.msg, "Response")
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Exten`.
    pub fn exten(&self) -> Option<Value<'a>> {
        text(self.msg, "Exten")
    }

    /// `Application`.
    pub fn application(&self) -> Option<Value<'a>> {
        text(self.msg, "Application")
    }

    /// `Data`.
    pub fn data(&self) -> Option<Value<'a>> {
        text(self.msg, "Data")
    }

    /// `Reason`.
    pub fn reason(&self) -> Option<Value<'a>> {
        text(self.msg, "Reason")
    }

    /// `Uniqueid`.
    pub fn uniqueid(&self) -> Option<Value<'a>> {
        text(self.msg, "Uniqueid")
    }

    /// `CallerIDNum`.
    pub fn caller_id_num(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDNum")
    }

    /// `CallerIDName`.
    pub fn caller_id_name(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for OriginateResponse<'_> {
    const NAME: &'static str = "OriginateResponse";
    type View<'a> = OriginateResponse<'a>;

    fn view(msg: &Message) -> Option<OriginateResponse<'_>> {
        OriginateResponse::from_message(msg)
    }
}

/// `Event: OutboundRegistrationDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip_outbound_registration`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`OutboundRegistrationDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct OutboundRegistrationDetail<'a> {
    msg: &'a Message,
}

impl<'a> OutboundRegistrationDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "OutboundRegistrationDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `MaxRetries`.
    pub fn max_retries(&self) -> Option<Value<'a>> {
        text(self.msg, "MaxRetries")
    }

    /// `ClientUri`.
    pub fn client_uri(&self) -> Option<Value<'a>> {
        text(self.msg, "ClientUri")
    }

    /// `SecurityNegotiation`.
    pub fn security_negotiation(&self) -> Option<Value<'a>> {
        text(self.msg, "SecurityNegotiation")
    }

    /// `AuthRejectionPermanent`.
    pub fn auth_rejection_permanent(&self) -> Option<Value<'a>> {
        text(self.msg, "AuthRejectionPermanent")
    }

    /// `ServerUri`.
    pub fn server_uri(&self) -> Option<Value<'a>> {
        text(self.msg, "ServerUri")
    }

    /// `MaxRandomInitialDelay`.
    pub fn max_random_initial_delay(&self) -> Option<Value<'a>> {
        text(self.msg, "MaxRandomInitialDelay")
    }

    /// `SupportPath`.
    pub fn support_path(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportPath")
    }

    /// `RetryInterval`.
    pub fn retry_interval(&self) -> Option<Value<'a>> {
        text(self.msg, "RetryInterval")
    }

    /// `ContactHeaderParams`.
    pub fn contact_header_params(&self) -> Option<Value<'a>> {
        text(self.msg, "ContactHeaderParams")
    }

    /// `Expiration`.
    pub fn expiration(&self) -> Option<Value<'a>> {
        text(self.msg, "Expiration")
    }

    /// `Transport`.
    pub fn transport(&self) -> Option<Value<'a>> {
        text(self.msg, "Transport")
    }

    /// `Line`.
    pub fn line(&self) -> Option<Value<'a>> {
        text(self.msg, "Line")
    }

    /// `ContactUser`.
    pub fn contact_user(&self) -> Option<Value<'a>> {
        text(self.msg, "ContactUser")
    }

    /// `Endpoint`.
    pub fn endpoint(&self) -> Option<Value<'a>> {
        text(self.msg, "Endpoint")
    }

    /// `UserAgent`.
    pub fn user_agent(&self) -> Option<Value<'a>> {
        text(self.msg, "UserAgent")
    }

    /// `ForbiddenRetryInterval`.
    pub fn forbidden_retry_interval(&self) -> Option<Value<'a>> {
        text(self.msg, "ForbiddenRetryInterval")
    }

    /// `OutboundAuth`.
    pub fn outbound_auth(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundAuth")
    }

    /// `OutboundProxy`.
    pub fn outbound_proxy(&self) -> Option<Value<'a>> {
        text(self.msg, "OutboundProxy")
    }

    /// `FatalRetryInterval`.
    pub fn fatal_retry_interval(&self) -> Option<Value<'a>> {
        text(self.msg, "FatalRetryInterval")
    }

    /// `SupportOutbound`.
    pub fn support_outbound(&self) -> Option<Value<'a>> {
        text(self.msg, "SupportOutbound")
    }

    /// `Status`. Documented values: `Registered`, `Unregistered`, `Rejected`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `NextReg`.
    pub fn next_reg(&self) -> Option<Value<'a>> {
        text(self.msg, "NextReg")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for OutboundRegistrationDetail<'_> {
    const NAME: &'static str = "OutboundRegistrationDetail";
    type View<'a> = OutboundRegistrationDetail<'a>;

    fn view(msg: &Message) -> Option<OutboundRegistrationDetail<'_>> {
        OutboundRegistrationDetail::from_message(msg)
    }
}

/// `Event: OutboundSubscriptionDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip_pubsub`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`OutboundSubscriptionDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct OutboundSubscriptionDetail<'a> {
    msg: &'a Message,
}

impl<'a> OutboundSubscriptionDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "OutboundSubscriptionDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Role`.
    pub fn role(&self) -> Option<Value<'a>> {
        text(self.msg, "Role")
    }

    /// `Endpoint`.
    pub fn endpoint(&self) -> Option<Value<'a>> {
        text(self.msg, "Endpoint")
    }

    /// `Callid`.
    pub fn callid(&self) -> Option<Value<'a>> {
        text(self.msg, "Callid")
    }

    /// `State`.
    pub fn state(&self) -> Option<Value<'a>> {
        text(self.msg, "State")
    }

    /// `Callerid`.
    pub fn callerid(&self) -> Option<Value<'a>> {
        text(self.msg, "Callerid")
    }

    /// `SubscriptionType`. Documented values: `mwi`, `extension_state`.
    pub fn subscription_type(&self) -> Option<Value<'a>> {
        text(self.msg, "SubscriptionType")
    }

    /// `Extension`.
    pub fn extension(&self) -> Option<Value<'a>> {
        text(self.msg, "Extension")
    }

    /// `ExtensionStates`. Documented values: `Idle`, `InUse`, `Busy`, `Unavailable`, `Ringing`, `InUse&Ringing`, `Hold`, `InUse&Hold`, `Unknown`.
    pub fn extension_states(&self) -> Option<Value<'a>> {
        text(self.msg, "ExtensionStates")
    }

    /// `Mailboxes`.
    pub fn mailboxes(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailboxes")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for OutboundSubscriptionDetail<'_> {
    const NAME: &'static str = "OutboundSubscriptionDetail";
    type View<'a> = OutboundSubscriptionDetail<'a>;

    fn view(msg: &Message) -> Option<OutboundSubscriptionDetail<'_>> {
        OutboundSubscriptionDetail::from_message(msg)
    }
}

/// `Event: ParkedCall`: class `EVENT_FLAG_CALL`, from `parking_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ParkedCall::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ParkedCall<'a> {
    msg: &'a Message,
}

impl<'a> ParkedCall<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ParkedCall";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `ParkeeChannel`, `ParkeeChannelState`, ... `ParkeeLinkedid`.
    pub fn parkee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parkee")
    }

    /// `ParkerDialString`.
    pub fn parker_dial_string(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkerDialString")
    }

    /// `Parkinglot`.
    pub fn parkinglot(&self) -> Option<Value<'a>> {
        text(self.msg, "Parkinglot")
    }

    /// `ParkingSpace`.
    pub fn parking_space(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkingSpace")
    }

    /// `ParkingTimeout`, an integer (`None` when absent or empty).
    pub fn parking_timeout(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingTimeout")
    }

    /// `ParkingDuration`, an integer (`None` when absent or empty).
    pub fn parking_duration(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingDuration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parkee_channel().validate()?;
        self.parking_timeout().transpose()?;
        self.parking_duration().transpose()?;
        Ok(())
    }
}

impl EventView for ParkedCall<'_> {
    const NAME: &'static str = "ParkedCall";
    type View<'a> = ParkedCall<'a>;

    fn view(msg: &Message) -> Option<ParkedCall<'_>> {
        ParkedCall::from_message(msg)
    }
}

/// `Event: ParkedCallGiveUp`: class `EVENT_FLAG_CALL`, from `parking_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ParkedCallGiveUp::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ParkedCallGiveUp<'a> {
    msg: &'a Message,
}

impl<'a> ParkedCallGiveUp<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ParkedCallGiveUp";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `ParkeeChannel`, `ParkeeChannelState`, ... `ParkeeLinkedid`.
    pub fn parkee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parkee")
    }

    /// The channel snapshot `ParkerChannel`, `ParkerChannelState`, ... `ParkerLinkedid`.
    pub fn parker_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parker")
    }

    /// `ParkerDialString`.
    pub fn parker_dial_string(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkerDialString")
    }

    /// `Parkinglot`.
    pub fn parkinglot(&self) -> Option<Value<'a>> {
        text(self.msg, "Parkinglot")
    }

    /// `ParkingSpace`.
    pub fn parking_space(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkingSpace")
    }

    /// `ParkingTimeout`, an integer (`None` when absent or empty).
    pub fn parking_timeout(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingTimeout")
    }

    /// `ParkingDuration`, an integer (`None` when absent or empty).
    pub fn parking_duration(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingDuration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parkee_channel().validate()?;
        self.parker_channel().validate()?;
        self.parking_timeout().transpose()?;
        self.parking_duration().transpose()?;
        Ok(())
    }
}

impl EventView for ParkedCallGiveUp<'_> {
    const NAME: &'static str = "ParkedCallGiveUp";
    type View<'a> = ParkedCallGiveUp<'a>;

    fn view(msg: &Message) -> Option<ParkedCallGiveUp<'_>> {
        ParkedCallGiveUp::from_message(msg)
    }
}

/// `Event: ParkedCallSwap`: class `EVENT_FLAG_CALL`, from `parking_manager`, since Asterisk 13.5.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ParkedCallSwap::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ParkedCallSwap<'a> {
    msg: &'a Message,
}

impl<'a> ParkedCallSwap<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ParkedCallSwap";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `ParkeeChannel`, `ParkeeChannelState`, ... `ParkeeLinkedid`.
    pub fn parkee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parkee")
    }

    /// The channel snapshot `ParkerChannel`, `ParkerChannelState`, ... `ParkerLinkedid`.
    pub fn parker_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parker")
    }

    /// `ParkerDialString`.
    pub fn parker_dial_string(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkerDialString")
    }

    /// `Parkinglot`.
    pub fn parkinglot(&self) -> Option<Value<'a>> {
        text(self.msg, "Parkinglot")
    }

    /// `ParkingSpace`.
    pub fn parking_space(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkingSpace")
    }

    /// `ParkingTimeout`, an integer (`None` when absent or empty).
    pub fn parking_timeout(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingTimeout")
    }

    /// `ParkingDuration`, an integer (`None` when absent or empty).
    pub fn parking_duration(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingDuration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parkee_channel().validate()?;
        self.parker_channel().validate()?;
        self.parking_timeout().transpose()?;
        self.parking_duration().transpose()?;
        Ok(())
    }
}

impl EventView for ParkedCallSwap<'_> {
    const NAME: &'static str = "ParkedCallSwap";
    type View<'a> = ParkedCallSwap<'a>;

    fn view(msg: &Message) -> Option<ParkedCallSwap<'_>> {
        ParkedCallSwap::from_message(msg)
    }
}

/// `Event: ParkedCallTimeOut`: class `EVENT_FLAG_CALL`, from `parking_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ParkedCallTimeOut::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ParkedCallTimeOut<'a> {
    msg: &'a Message,
}

impl<'a> ParkedCallTimeOut<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ParkedCallTimeOut";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `ParkeeChannel`, `ParkeeChannelState`, ... `ParkeeLinkedid`.
    pub fn parkee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parkee")
    }

    /// The channel snapshot `ParkerChannel`, `ParkerChannelState`, ... `ParkerLinkedid`.
    pub fn parker_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parker")
    }

    /// `ParkerDialString`.
    pub fn parker_dial_string(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkerDialString")
    }

    /// `Parkinglot`.
    pub fn parkinglot(&self) -> Option<Value<'a>> {
        text(self.msg, "Parkinglot")
    }

    /// `ParkingSpace`.
    pub fn parking_space(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkingSpace")
    }

    /// `ParkingTimeout`, an integer (`None` when absent or empty).
    pub fn parking_timeout(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingTimeout")
    }

    /// `ParkingDuration`, an integer (`None` when absent or empty).
    pub fn parking_duration(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingDuration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parkee_channel().validate()?;
        self.parker_channel().validate()?;
        self.parking_timeout().transpose()?;
        self.parking_duration().transpose()?;
        Ok(())
    }
}

impl EventView for ParkedCallTimeOut<'_> {
    const NAME: &'static str = "ParkedCallTimeOut";
    type View<'a> = ParkedCallTimeOut<'a>;

    fn view(msg: &Message) -> Option<ParkedCallTimeOut<'_>> {
        ParkedCallTimeOut::from_message(msg)
    }
}

/// `Event: PeerStatus`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`PeerStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct PeerStatus<'a> {
    msg: &'a Message,
}

impl<'a> PeerStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "PeerStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ChannelType`.
    pub fn channel_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ChannelType")
    }

    /// `Peer`.
    pub fn peer(&self) -> Option<Value<'a>> {
        text(self.msg, "Peer")
    }

    /// `PeerStatus`. Documented values: `Unknown`, `Registered`, `Unregistered`, `Rejected`, `Lagged`.
    pub fn peer_status(&self) -> Option<Value<'a>> {
        text(self.msg, "PeerStatus")
    }

    /// `Cause`, an integer (`None` when absent or empty).
    pub fn cause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Cause")
    }

    /// `Address`.
    pub fn address(&self) -> Option<Value<'a>> {
        text(self.msg, "Address")
    }

    /// `Port`, an integer (`None` when absent or empty).
    pub fn port(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Port")
    }

    /// `Time`.
    pub fn time(&self) -> Option<Value<'a>> {
        text(self.msg, "Time")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.cause().transpose()?;
        self.port().transpose()?;
        Ok(())
    }
}

impl EventView for PeerStatus<'_> {
    const NAME: &'static str = "PeerStatus";
    type View<'a> = PeerStatus<'a>;

    fn view(msg: &Message) -> Option<PeerStatus<'_>> {
        PeerStatus::from_message(msg)
    }
}

/// `Event: Pickup`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Pickup::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Pickup<'a> {
    msg: &'a Message,
}

impl<'a> Pickup<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Pickup";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// The channel snapshot `TargetChannel`, `TargetChannelState`, ... `TargetLinkedid`.
    pub fn target_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Target")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.target_channel().validate()?;
        Ok(())
    }
}

impl EventView for Pickup<'_> {
    const NAME: &'static str = "Pickup";
    type View<'a> = Pickup<'a>;

    fn view(msg: &Message) -> Option<Pickup<'_>> {
        Pickup::from_message(msg)
    }
}

/// `Event: PJSIPMaintenanceStatus`: class `EVENT_FLAG_SYSTEM`, from `res_pjsip_maintenance`, since Asterisk 20.20.0, 22.10.0, 23.4.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`PJSIPMaintenanceStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct PJSIPMaintenanceStatus<'a> {
    msg: &'a Message,
}

impl<'a> PJSIPMaintenanceStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "PJSIPMaintenanceStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Endpoint`.
    pub fn endpoint(&self) -> Option<Value<'a>> {
        text(self.msg, "Endpoint")
    }

    /// `Status`. Documented values: `enabled`, `disabled`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for PJSIPMaintenanceStatus<'_> {
    const NAME: &'static str = "PJSIPMaintenanceStatus";
    type View<'a> = PJSIPMaintenanceStatus<'a>;

    fn view(msg: &Message) -> Option<PJSIPMaintenanceStatus<'_>> {
        PJSIPMaintenanceStatus::from_message(msg)
    }
}

/// `Event: PresenceStateChange`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`PresenceStateChange::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct PresenceStateChange<'a> {
    msg: &'a Message,
}

impl<'a> PresenceStateChange<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "PresenceStateChange";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Presentity`.
    pub fn presentity(&self) -> Option<Value<'a>> {
        text(self.msg, "Presentity")
    }

    /// `Status`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Subtype`.
    pub fn subtype(&self) -> Option<Value<'a>> {
        text(self.msg, "Subtype")
    }

    /// `Message`.
    pub fn message(&self) -> Option<Value<'a>> {
        text(self.msg, "Message")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for PresenceStateChange<'_> {
    const NAME: &'static str = "PresenceStateChange";
    type View<'a> = PresenceStateChange<'a>;

    fn view(msg: &Message) -> Option<PresenceStateChange<'_>> {
        PresenceStateChange::from_message(msg)
    }
}

/// `Event: PresenceStatus`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`PresenceStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct PresenceStatus<'a> {
    msg: &'a Message,
}

impl<'a> PresenceStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "PresenceStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Exten`.
    pub fn exten(&self) -> Option<Value<'a>> {
        text(self.msg, "Exten")
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Hint`.
    pub fn hint(&self) -> Option<Value<'a>> {
        text(self.msg, "Hint")
    }

    /// `Status`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Subtype`.
    pub fn subtype(&self) -> Option<Value<'a>> {
        text(self.msg, "Subtype")
    }

    /// `Message`.
    pub fn message(&self) -> Option<Value<'a>> {
        text(self.msg, "Message")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for PresenceStatus<'_> {
    const NAME: &'static str = "PresenceStatus";
    type View<'a> = PresenceStatus<'a>;

    fn view(msg: &Message) -> Option<PresenceStatus<'_>> {
        PresenceStatus::from_message(msg)
    }
}

/// `Event: QueueCallerAbandon`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueCallerAbandon::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueCallerAbandon<'a> {
    msg: &'a Message,
}

impl<'a> QueueCallerAbandon<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueCallerAbandon";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `Position`, an integer (`None` when absent or empty).
    pub fn position(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Position")
    }

    /// `OriginalPosition`, an integer (`None` when absent or empty).
    pub fn original_position(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "OriginalPosition")
    }

    /// `HoldTime`, an integer (`None` when absent or empty).
    pub fn hold_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "HoldTime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.position().transpose()?;
        self.original_position().transpose()?;
        self.hold_time().transpose()?;
        Ok(())
    }
}

impl EventView for QueueCallerAbandon<'_> {
    const NAME: &'static str = "QueueCallerAbandon";
    type View<'a> = QueueCallerAbandon<'a>;

    fn view(msg: &Message) -> Option<QueueCallerAbandon<'_>> {
        QueueCallerAbandon::from_message(msg)
    }
}

/// `Event: QueueCallerJoin`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueCallerJoin::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueCallerJoin<'a> {
    msg: &'a Message,
}

impl<'a> QueueCallerJoin<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueCallerJoin";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `Position`, an integer (`None` when absent or empty).
    pub fn position(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Position")
    }

    /// `Count`, an integer (`None` when absent or empty).
    pub fn count(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Count")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.position().transpose()?;
        self.count().transpose()?;
        Ok(())
    }
}

impl EventView for QueueCallerJoin<'_> {
    const NAME: &'static str = "QueueCallerJoin";
    type View<'a> = QueueCallerJoin<'a>;

    fn view(msg: &Message) -> Option<QueueCallerJoin<'_>> {
        QueueCallerJoin::from_message(msg)
    }
}

/// `Event: QueueCallerLeave`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueCallerLeave::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueCallerLeave<'a> {
    msg: &'a Message,
}

impl<'a> QueueCallerLeave<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueCallerLeave";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `Count`, an integer (`None` when absent or empty).
    pub fn count(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Count")
    }

    /// `Position`, an integer (`None` when absent or empty).
    pub fn position(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Position")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.count().transpose()?;
        self.position().transpose()?;
        Ok(())
    }
}

impl EventView for QueueCallerLeave<'_> {
    const NAME: &'static str = "QueueCallerLeave";
    type View<'a> = QueueCallerLeave<'a>;

    fn view(msg: &Message) -> Option<QueueCallerLeave<'_>> {
        QueueCallerLeave::from_message(msg)
    }
}

/// `Event: QueueEntry`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueEntry::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueEntry<'a> {
    msg: &'a Message,
}

impl<'a> QueueEntry<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueEntry";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `Position`, an integer (`None` when absent or empty).
    pub fn position(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Position")
    }

    /// `Channel`.
    pub fn channel(&self) -> Option<Value<'a>> {
        text(self.msg, "Channel")
    }

    /// `Uniqueid`.
    pub fn uniqueid(&self) -> Option<Value<'a>> {
        text(self.msg, "Uniqueid")
    }

    /// `CallerIDNum`.
    pub fn caller_id_num(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDNum")
    }

    /// `CallerIDName`.
    pub fn caller_id_name(&self) -> Option<Value<'a>> {
        text(self.msg, "CallerIDName")
    }

    /// `ConnectedLineNum`.
    pub fn connected_line_num(&self) -> Option<Value<'a>> {
        text(self.msg, "ConnectedLineNum")
    }

    /// `ConnectedLineName`.
    pub fn connected_line_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ConnectedLineName")
    }

    /// `Wait`.
    pub fn wait(&self) -> Option<Value<'a>> {
        text(self.msg, "Wait")
    }

    /// `Priority`.
    pub fn priority(&self) -> Option<Value<'a>> {
        text(self.msg, "Priority")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.position().transpose()?;
        Ok(())
    }
}

impl EventView for QueueEntry<'_> {
    const NAME: &'static str = "QueueEntry";
    type View<'a> = QueueEntry<'a>;

    fn view(msg: &Message) -> Option<QueueEntry<'_>> {
        QueueEntry::from_message(msg)
    }
}

/// `Event: QueueMember`: not in Asterisk's documentation; headers as seen in the capture `queuestatus.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMember::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMember<'a> {
    msg: &'a Message,
}

impl<'a> QueueMember<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMember";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `Name`.
    pub fn name(&self) -> Option<Value<'a>> {
        text(self.msg, "Name")
    }

    /// `Location`.
    pub fn location(&self) -> Option<Value<'a>> {
        text(self.msg, "Location")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMember<'_> {
    const NAME: &'static str = "QueueMember";
    type View<'a> = QueueMember<'a>;

    fn view(msg: &Message) -> Option<QueueMember<'_>> {
        QueueMember::from_message(msg)
    }
}

/// `Event: QueueMemberAdded`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMemberAdded::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMemberAdded<'a> {
    msg: &'a Message,
}

impl<'a> QueueMemberAdded<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMemberAdded";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`. Documented values: `dynamic`, `realtime`, `static`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`. Documented values: `0`, `1`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`. Documented values: `0`, `1`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Ringinuse`. Documented values: `0`, `1`.
    pub fn ringinuse(&self) -> Option<Value<'a>> {
        text(self.msg, "Ringinuse")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMemberAdded<'_> {
    const NAME: &'static str = "QueueMemberAdded";
    type View<'a> = QueueMemberAdded<'a>;

    fn view(msg: &Message) -> Option<QueueMemberAdded<'_>> {
        QueueMemberAdded::from_message(msg)
    }
}

/// `Event: QueueMemberPause`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMemberPause::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMemberPause<'a> {
    msg: &'a Message,
}

impl<'a> QueueMemberPause<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMemberPause";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`. Documented values: `dynamic`, `realtime`, `static`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`. Documented values: `0`, `1`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`. Documented values: `0`, `1`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Ringinuse`. Documented values: `0`, `1`.
    pub fn ringinuse(&self) -> Option<Value<'a>> {
        text(self.msg, "Ringinuse")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMemberPause<'_> {
    const NAME: &'static str = "QueueMemberPause";
    type View<'a> = QueueMemberPause<'a>;

    fn view(msg: &Message) -> Option<QueueMemberPause<'_>> {
        QueueMemberPause::from_message(msg)
    }
}

/// `Event: QueueMemberPenalty`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMemberPenalty::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMemberPenalty<'a> {
    msg: &'a Message,
}

impl<'a> QueueMemberPenalty<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMemberPenalty";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`. Documented values: `dynamic`, `realtime`, `static`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`. Documented values: `0`, `1`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`. Documented values: `0`, `1`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Ringinuse`. Documented values: `0`, `1`.
    pub fn ringinuse(&self) -> Option<Value<'a>> {
        text(self.msg, "Ringinuse")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMemberPenalty<'_> {
    const NAME: &'static str = "QueueMemberPenalty";
    type View<'a> = QueueMemberPenalty<'a>;

    fn view(msg: &Message) -> Option<QueueMemberPenalty<'_>> {
        QueueMemberPenalty::from_message(msg)
    }
}

/// `Event: QueueMemberRemoved`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMemberRemoved::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMemberRemoved<'a> {
    msg: &'a Message,
}

impl<'a> QueueMemberRemoved<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMemberRemoved";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`. Documented values: `dynamic`, `realtime`, `static`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`. Documented values: `0`, `1`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`. Documented values: `0`, `1`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Ringinuse`. Documented values: `0`, `1`.
    pub fn ringinuse(&self) -> Option<Value<'a>> {
        text(self.msg, "Ringinuse")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMemberRemoved<'_> {
    const NAME: &'static str = "QueueMemberRemoved";
    type View<'a> = QueueMemberRemoved<'a>;

    fn view(msg: &Message) -> Option<QueueMemberRemoved<'_>> {
        QueueMemberRemoved::from_message(msg)
    }
}

/// `Event: QueueMemberRinginuse`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMemberRinginuse::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMemberRinginuse<'a> {
    msg: &'a Message,
}

impl<'a> QueueMemberRinginuse<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMemberRinginuse";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`. Documented values: `dynamic`, `realtime`, `static`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`. Documented values: `0`, `1`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`. Documented values: `0`, `1`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Ringinuse`. Documented values: `0`, `1`.
    pub fn ringinuse(&self) -> Option<Value<'a>> {
        text(self.msg, "Ringinuse")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMemberRinginuse<'_> {
    const NAME: &'static str = "QueueMemberRinginuse";
    type View<'a> = QueueMemberRinginuse<'a>;

    fn view(msg: &Message) -> Option<QueueMemberRinginuse<'_>> {
        QueueMemberRinginuse::from_message(msg)
    }
}

/// `Event: QueueMemberStatus`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueMemberStatus::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueMemberStatus<'a> {
    msg: &'a Message,
}

impl<'a> QueueMemberStatus<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueMemberStatus";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `MemberName`.
    pub fn member_name(&self) -> Option<Value<'a>> {
        text(self.msg, "MemberName")
    }

    /// `Interface`.
    pub fn interface(&self) -> Option<Value<'a>> {
        text(self.msg, "Interface")
    }

    /// `StateInterface`.
    pub fn state_interface(&self) -> Option<Value<'a>> {
        text(self.msg, "StateInterface")
    }

    /// `Membership`. Documented values: `dynamic`, `realtime`, `static`.
    pub fn membership(&self) -> Option<Value<'a>> {
        text(self.msg, "Membership")
    }

    /// `Penalty`, an integer (`None` when absent or empty).
    pub fn penalty(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Penalty")
    }

    /// `CallsTaken`, an integer (`None` when absent or empty).
    pub fn calls_taken(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "CallsTaken")
    }

    /// `LastCall`, an integer (`None` when absent or empty).
    pub fn last_call(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastCall")
    }

    /// `LastPause`, an integer (`None` when absent or empty).
    pub fn last_pause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LastPause")
    }

    /// `LoginTime`, an integer (`None` when absent or empty).
    pub fn login_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LoginTime")
    }

    /// `InCall`. Documented values: `0`, `1`.
    pub fn in_call(&self) -> Option<Value<'a>> {
        text(self.msg, "InCall")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Paused`. Documented values: `0`, `1`.
    pub fn paused(&self) -> Option<Value<'a>> {
        text(self.msg, "Paused")
    }

    /// `PausedReason`.
    pub fn paused_reason(&self) -> Option<Value<'a>> {
        text(self.msg, "PausedReason")
    }

    /// `Ringinuse`. Documented values: `0`, `1`.
    pub fn ringinuse(&self) -> Option<Value<'a>> {
        text(self.msg, "Ringinuse")
    }

    /// `Wrapuptime`, an integer (`None` when absent or empty).
    pub fn wrapuptime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Wrapuptime")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.penalty().transpose()?;
        self.calls_taken().transpose()?;
        self.last_call().transpose()?;
        self.last_pause().transpose()?;
        self.login_time().transpose()?;
        self.wrapuptime().transpose()?;
        Ok(())
    }
}

impl EventView for QueueMemberStatus<'_> {
    const NAME: &'static str = "QueueMemberStatus";
    type View<'a> = QueueMemberStatus<'a>;

    fn view(msg: &Message) -> Option<QueueMemberStatus<'_>> {
        QueueMemberStatus::from_message(msg)
    }
}

/// `Event: QueueParams`: class `EVENT_FLAG_AGENT`, from `app_queue`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueParams::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueParams<'a> {
    msg: &'a Message,
}

impl<'a> QueueParams<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueParams";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Max`, an integer (`None` when absent or empty).
    pub fn max(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Max")
    }

    /// `Strategy`.
    pub fn strategy(&self) -> Option<Value<'a>> {
        text(self.msg, "Strategy")
    }

    /// `Calls`, an integer (`None` when absent or empty).
    pub fn calls(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Calls")
    }

    /// `Holdtime`, an integer (`None` when absent or empty).
    pub fn holdtime(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Holdtime")
    }

    /// `TalkTime`, an integer (`None` when absent or empty).
    pub fn talk_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TalkTime")
    }

    /// `Completed`, an integer (`None` when absent or empty).
    pub fn completed(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Completed")
    }

    /// `Abandoned`, an integer (`None` when absent or empty).
    pub fn abandoned(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Abandoned")
    }

    /// `ServiceLevelPerf`, a decimal (`None` when absent or empty).
    pub fn service_level_perf(&self) -> Option<Result<f64, FieldError>> {
        decimal(self.msg, "ServiceLevelPerf")
    }

    /// `ServiceLevelPerf2`, a decimal (`None` when absent or empty).
    pub fn service_level_perf2(&self) -> Option<Result<f64, FieldError>> {
        decimal(self.msg, "ServiceLevelPerf2")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.max().transpose()?;
        self.calls().transpose()?;
        self.holdtime().transpose()?;
        self.talk_time().transpose()?;
        self.completed().transpose()?;
        self.abandoned().transpose()?;
        self.service_level_perf().transpose()?;
        self.service_level_perf2().transpose()?;
        Ok(())
    }
}

impl EventView for QueueParams<'_> {
    const NAME: &'static str = "QueueParams";
    type View<'a> = QueueParams<'a>;

    fn view(msg: &Message) -> Option<QueueParams<'_>> {
        QueueParams::from_message(msg)
    }
}

/// `Event: QueueStatusComplete`: not in Asterisk's documentation; headers as seen in the capture `queuestatus.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueStatusComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueStatusComplete<'a> {
    msg: &'a Message,
}

impl<'a> QueueStatusComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueStatusComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for QueueStatusComplete<'_> {
    const NAME: &'static str = "QueueStatusComplete";
    type View<'a> = QueueStatusComplete<'a>;

    fn view(msg: &Message) -> Option<QueueStatusComplete<'_>> {
        QueueStatusComplete::from_message(msg)
    }
}

/// `Event: QueueSummary`: not in Asterisk's documentation; headers as seen in the capture `queuesummary.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueSummary::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueSummary<'a> {
    msg: &'a Message,
}

impl<'a> QueueSummary<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueSummary";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Queue`.
    pub fn queue(&self) -> Option<Value<'a>> {
        text(self.msg, "Queue")
    }

    /// `LoggedIn`.
    pub fn logged_in(&self) -> Option<Value<'a>> {
        text(self.msg, "LoggedIn")
    }

    /// `Available`.
    pub fn available(&self) -> Option<Value<'a>> {
        text(self.msg, "Available")
    }

    /// `Callers`.
    pub fn callers(&self) -> Option<Value<'a>> {
        text(self.msg, "Callers")
    }

    /// `HoldTime`, an integer (`None` when absent or empty).
    pub fn hold_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "HoldTime")
    }

    /// `TalkTime`, an integer (`None` when absent or empty).
    pub fn talk_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TalkTime")
    }

    /// `LongestHoldTime`, an integer (`None` when absent or empty).
    pub fn longest_hold_time(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "LongestHoldTime")
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.hold_time().transpose()?;
        self.talk_time().transpose()?;
        self.longest_hold_time().transpose()?;
        Ok(())
    }
}

impl EventView for QueueSummary<'_> {
    const NAME: &'static str = "QueueSummary";
    type View<'a> = QueueSummary<'a>;

    fn view(msg: &Message) -> Option<QueueSummary<'_>> {
        QueueSummary::from_message(msg)
    }
}

/// `Event: QueueSummaryComplete`: not in Asterisk's documentation; headers as seen in the capture `queuesummary.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`QueueSummaryComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct QueueSummaryComplete<'a> {
    msg: &'a Message,
}

impl<'a> QueueSummaryComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "QueueSummaryComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        Ok(())
    }
}

impl EventView for QueueSummaryComplete<'_> {
    const NAME: &'static str = "QueueSummaryComplete";
    type View<'a> = QueueSummaryComplete<'a>;

    fn view(msg: &Message) -> Option<QueueSummaryComplete<'_>> {
        QueueSummaryComplete::from_message(msg)
    }
}

/// `Event: ReceiveFAX`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ReceiveFAX::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ReceiveFAX<'a> {
    msg: &'a Message,
}

impl<'a> ReceiveFAX<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ReceiveFAX";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `LocalStationID`.
    pub fn local_station_id(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalStationID")
    }

    /// `RemoteStationID`.
    pub fn remote_station_id(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteStationID")
    }

    /// `PagesTransferred`, an integer (`None` when absent or empty).
    pub fn pages_transferred(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "PagesTransferred")
    }

    /// `Resolution`.
    pub fn resolution(&self) -> Option<Value<'a>> {
        text(self.msg, "Resolution")
    }

    /// `TransferRate`.
    pub fn transfer_rate(&self) -> Option<Value<'a>> {
        text(self.msg, "TransferRate")
    }

    /// `FileName`.
    pub fn file_name(&self) -> Option<Value<'a>> {
        text(self.msg, "FileName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.pages_transferred().transpose()?;
        Ok(())
    }
}

impl EventView for ReceiveFAX<'_> {
    const NAME: &'static str = "ReceiveFAX";
    type View<'a> = ReceiveFAX<'a>;

    fn view(msg: &Message) -> Option<ReceiveFAX<'_>> {
        ReceiveFAX::from_message(msg)
    }
}

/// `Event: Registry`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Registry::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Registry<'a> {
    msg: &'a Message,
}

impl<'a> Registry<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Registry";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ChannelType`.
    pub fn channel_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ChannelType")
    }

    /// `Username`.
    pub fn username(&self) -> Option<Value<'a>> {
        text(self.msg, "Username")
    }

    /// `Domain`.
    pub fn domain(&self) -> Option<Value<'a>> {
        text(self.msg, "Domain")
    }

    /// `Status`. Documented values: `Registered`, `Unregistered`, `Rejected`, `Failed`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// `Cause`, an integer (`None` when absent or empty).
    pub fn cause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Cause")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.cause().transpose()?;
        Ok(())
    }
}

impl EventView for Registry<'_> {
    const NAME: &'static str = "Registry";
    type View<'a> = Registry<'a>;

    fn view(msg: &Message) -> Option<Registry<'_>> {
        Registry::from_message(msg)
    }
}

/// `Event: Reload`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Reload::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Reload<'a> {
    msg: &'a Message,
}

impl<'a> Reload<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Reload";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `Status`. Documented values: `0`, `1`, `2`, `3`, `4`, `5`, `6`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for Reload<'_> {
    const NAME: &'static str = "Reload";
    type View<'a> = Reload<'a>;

    fn view(msg: &Message) -> Option<Reload<'_>> {
        Reload::from_message(msg)
    }
}

/// `Event: Rename`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Rename::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Rename<'a> {
    msg: &'a Message,
}

impl<'a> Rename<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Rename";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for Rename<'_> {
    const NAME: &'static str = "Rename";
    type View<'a> = Rename<'a>;

    fn view(msg: &Message) -> Option<Rename<'_>> {
        Rename::from_message(msg)
    }
}

/// `Event: RequestBadFormat`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`RequestBadFormat::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct RequestBadFormat<'a> {
    msg: &'a Message,
}

impl<'a> RequestBadFormat<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "RequestBadFormat";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `RequestType`.
    pub fn request_type(&self) -> Option<Value<'a>> {
        text(self.msg, "RequestType")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// `RequestParams`.
    pub fn request_params(&self) -> Option<Value<'a>> {
        text(self.msg, "RequestParams")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for RequestBadFormat<'_> {
    const NAME: &'static str = "RequestBadFormat";
    type View<'a> = RequestBadFormat<'a>;

    fn view(msg: &Message) -> Option<RequestBadFormat<'_>> {
        RequestBadFormat::from_message(msg)
    }
}

/// `Event: RequestNotAllowed`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`RequestNotAllowed::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct RequestNotAllowed<'a> {
    msg: &'a Message,
}

impl<'a> RequestNotAllowed<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "RequestNotAllowed";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `RequestType`.
    pub fn request_type(&self) -> Option<Value<'a>> {
        text(self.msg, "RequestType")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// `RequestParams`.
    pub fn request_params(&self) -> Option<Value<'a>> {
        text(self.msg, "RequestParams")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for RequestNotAllowed<'_> {
    const NAME: &'static str = "RequestNotAllowed";
    type View<'a> = RequestNotAllowed<'a>;

    fn view(msg: &Message) -> Option<RequestNotAllowed<'_>> {
        RequestNotAllowed::from_message(msg)
    }
}

/// `Event: RequestNotSupported`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`RequestNotSupported::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct RequestNotSupported<'a> {
    msg: &'a Message,
}

impl<'a> RequestNotSupported<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "RequestNotSupported";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `RequestType`.
    pub fn request_type(&self) -> Option<Value<'a>> {
        text(self.msg, "RequestType")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for RequestNotSupported<'_> {
    const NAME: &'static str = "RequestNotSupported";
    type View<'a> = RequestNotSupported<'a>;

    fn view(msg: &Message) -> Option<RequestNotSupported<'_>> {
        RequestNotSupported::from_message(msg)
    }
}

/// `Event: ResourceListDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip_pubsub`, since Asterisk 13.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ResourceListDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ResourceListDetail<'a> {
    msg: &'a Message,
}

impl<'a> ResourceListDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ResourceListDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `FullState`.
    pub fn full_state(&self) -> Option<Value<'a>> {
        text(self.msg, "FullState")
    }

    /// `ListItem`.
    pub fn list_item(&self) -> Option<Value<'a>> {
        text(self.msg, "ListItem")
    }

    /// `NotificationBatchInterval`.
    pub fn notification_batch_interval(&self) -> Option<Value<'a>> {
        text(self.msg, "NotificationBatchInterval")
    }

    /// `ResourceDisplayName`.
    pub fn resource_display_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ResourceDisplayName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for ResourceListDetail<'_> {
    const NAME: &'static str = "ResourceListDetail";
    type View<'a> = ResourceListDetail<'a>;

    fn view(msg: &Message) -> Option<ResourceListDetail<'_>> {
        ResourceListDetail::from_message(msg)
    }
}

/// `Event: RTCPReceived`: class `EVENT_FLAG_REPORTING`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`RTCPReceived::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct RTCPReceived<'a> {
    msg: &'a Message,
}

impl<'a> RTCPReceived<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "RTCPReceived";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `SSRC`.
    pub fn ssrc(&self) -> Option<Value<'a>> {
        text(self.msg, "SSRC")
    }

    /// `PT`. Documented values: `200(SR)`, `201(RR)`.
    pub fn pt(&self) -> Option<Value<'a>> {
        text(self.msg, "PT")
    }

    /// `From`.
    pub fn from(&self) -> Option<Value<'a>> {
        text(self.msg, "From")
    }

    /// `RTT`.
    pub fn rtt(&self) -> Option<Value<'a>> {
        text(self.msg, "RTT")
    }

    /// `ReportCount`, an integer (`None` when absent or empty).
    pub fn report_count(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ReportCount")
    }

    /// `SentNTP`.
    pub fn sent_ntp(&self) -> Option<Value<'a>> {
        text(self.msg, "SentNTP")
    }

    /// `SentRTP`.
    pub fn sent_rtp(&self) -> Option<Value<'a>> {
        text(self.msg, "SentRTP")
    }

    /// `SentPackets`, an integer (`None` when absent or empty).
    pub fn sent_packets(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "SentPackets")
    }

    /// `SentOctets`, an integer (`None` when absent or empty).
    pub fn sent_octets(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "SentOctets")
    }

    /// `ReportXSourceSSRC`.
    pub fn report_x_source_ssrc(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXSourceSSRC")
    }

    /// `ReportXFractionLost`.
    pub fn report_x_fraction_lost(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXFractionLost")
    }

    /// `ReportXCumulativeLost`.
    pub fn report_x_cumulative_lost(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXCumulativeLost")
    }

    /// `ReportXHighestSequence`.
    pub fn report_x_highest_sequence(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXHighestSequence")
    }

    /// `ReportXSequenceNumberCycles`.
    pub fn report_x_sequence_number_cycles(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXSequenceNumberCycles")
    }

    /// `ReportXIAJitter`.
    pub fn report_xia_jitter(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXIAJitter")
    }

    /// `ReportXLSR`.
    pub fn report_xlsr(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXLSR")
    }

    /// `ReportXDLSR`.
    pub fn report_xdlsr(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXDLSR")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.report_count().transpose()?;
        self.sent_packets().transpose()?;
        self.sent_octets().transpose()?;
        Ok(())
    }
}

impl EventView for RTCPReceived<'_> {
    const NAME: &'static str = "RTCPReceived";
    type View<'a> = RTCPReceived<'a>;

    fn view(msg: &Message) -> Option<RTCPReceived<'_>> {
        RTCPReceived::from_message(msg)
    }
}

/// `Event: RTCPSent`: class `EVENT_FLAG_REPORTING`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`RTCPSent::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct RTCPSent<'a> {
    msg: &'a Message,
}

impl<'a> RTCPSent<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "RTCPSent";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `SSRC`.
    pub fn ssrc(&self) -> Option<Value<'a>> {
        text(self.msg, "SSRC")
    }

    /// `PT`. Documented values: `200(SR)`, `201(RR)`.
    pub fn pt(&self) -> Option<Value<'a>> {
        text(self.msg, "PT")
    }

    /// `To`.
    pub fn to(&self) -> Option<Value<'a>> {
        text(self.msg, "To")
    }

    /// `ReportCount`, an integer (`None` when absent or empty).
    pub fn report_count(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ReportCount")
    }

    /// `SentNTP`.
    pub fn sent_ntp(&self) -> Option<Value<'a>> {
        text(self.msg, "SentNTP")
    }

    /// `SentRTP`.
    pub fn sent_rtp(&self) -> Option<Value<'a>> {
        text(self.msg, "SentRTP")
    }

    /// `SentPackets`, an integer (`None` when absent or empty).
    pub fn sent_packets(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "SentPackets")
    }

    /// `SentOctets`, an integer (`None` when absent or empty).
    pub fn sent_octets(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "SentOctets")
    }

    /// `ReportXSourceSSRC`.
    pub fn report_x_source_ssrc(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXSourceSSRC")
    }

    /// `ReportXFractionLost`.
    pub fn report_x_fraction_lost(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXFractionLost")
    }

    /// `ReportXCumulativeLost`.
    pub fn report_x_cumulative_lost(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXCumulativeLost")
    }

    /// `ReportXHighestSequence`.
    pub fn report_x_highest_sequence(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXHighestSequence")
    }

    /// `ReportXSequenceNumberCycles`.
    pub fn report_x_sequence_number_cycles(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXSequenceNumberCycles")
    }

    /// `ReportXIAJitter`.
    pub fn report_xia_jitter(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXIAJitter")
    }

    /// `ReportXLSR`.
    pub fn report_xlsr(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXLSR")
    }

    /// `ReportXDLSR`.
    pub fn report_xdlsr(&self) -> Option<Value<'a>> {
        text(self.msg, "ReportXDLSR")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.report_count().transpose()?;
        self.sent_packets().transpose()?;
        self.sent_octets().transpose()?;
        Ok(())
    }
}

impl EventView for RTCPSent<'_> {
    const NAME: &'static str = "RTCPSent";
    type View<'a> = RTCPSent<'a>;

    fn view(msg: &Message) -> Option<RTCPSent<'_>> {
        RTCPSent::from_message(msg)
    }
}

/// `Event: SendFAX`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`SendFAX::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct SendFAX<'a> {
    msg: &'a Message,
}

impl<'a> SendFAX<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "SendFAX";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `LocalStationID`.
    pub fn local_station_id(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalStationID")
    }

    /// `RemoteStationID`.
    pub fn remote_station_id(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteStationID")
    }

    /// `PagesTransferred`, an integer (`None` when absent or empty).
    pub fn pages_transferred(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "PagesTransferred")
    }

    /// `Resolution`.
    pub fn resolution(&self) -> Option<Value<'a>> {
        text(self.msg, "Resolution")
    }

    /// `TransferRate`.
    pub fn transfer_rate(&self) -> Option<Value<'a>> {
        text(self.msg, "TransferRate")
    }

    /// `FileName`.
    pub fn file_name(&self) -> Option<Value<'a>> {
        text(self.msg, "FileName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.pages_transferred().transpose()?;
        Ok(())
    }
}

impl EventView for SendFAX<'_> {
    const NAME: &'static str = "SendFAX";
    type View<'a> = SendFAX<'a>;

    fn view(msg: &Message) -> Option<SendFAX<'_>> {
        SendFAX::from_message(msg)
    }
}

/// `Event: SessionLimit`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`SessionLimit::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct SessionLimit<'a> {
    msg: &'a Message,
}

impl<'a> SessionLimit<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "SessionLimit";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for SessionLimit<'_> {
    const NAME: &'static str = "SessionLimit";
    type View<'a> = SessionLimit<'a>;

    fn view(msg: &Message) -> Option<SessionLimit<'_>> {
        SessionLimit::from_message(msg)
    }
}

/// `Event: ShowDialPlanComplete`: not in Asterisk's documentation; headers as seen in the capture `showdialplan_agents.raw`.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`ShowDialPlanComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct ShowDialPlanComplete<'a> {
    msg: &'a Message,
}

impl<'a> ShowDialPlanComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "ShowDialPlanComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `EventList`.
    pub fn event_list(&self) -> Option<Value<'a>> {
        text(self.msg, "EventList")
    }

    /// `ListItems`, an integer (`None` when absent or empty).
    pub fn list_items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListItems")
    }

    /// `ListExtensions`, an integer (`None` when absent or empty).
    pub fn list_extensions(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListExtensions")
    }

    /// `ListPriorities`, an integer (`None` when absent or empty).
    pub fn list_priorities(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListPriorities")
    }

    /// `ListContexts`, an integer (`None` when absent or empty).
    pub fn list_contexts(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ListContexts")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.list_items().transpose()?;
        self.list_extensions().transpose()?;
        self.list_priorities().transpose()?;
        self.list_contexts().transpose()?;
        Ok(())
    }
}

impl EventView for ShowDialPlanComplete<'_> {
    const NAME: &'static str = "ShowDialPlanComplete";
    type View<'a> = ShowDialPlanComplete<'a>;

    fn view(msg: &Message) -> Option<ShowDialPlanComplete<'_>> {
        ShowDialPlanComplete::from_message(msg)
    }
}

/// `Event: Shutdown`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Shutdown::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Shutdown<'a> {
    msg: &'a Message,
}

impl<'a> Shutdown<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Shutdown";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Shutdown`. Documented values: `Uncleanly`, `Cleanly`.
    pub fn shutdown(&self) -> Option<Value<'a>> {
        text(self.msg, "Shutdown")
    }

    /// `Restart`. Documented values: `True`, `False`.
    pub fn restart(&self) -> Option<Value<'a>> {
        text(self.msg, "Restart")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for Shutdown<'_> {
    const NAME: &'static str = "Shutdown";
    type View<'a> = Shutdown<'a>;

    fn view(msg: &Message) -> Option<Shutdown<'_>> {
        Shutdown::from_message(msg)
    }
}

/// `Event: SoftHangupRequest`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`SoftHangupRequest::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct SoftHangupRequest<'a> {
    msg: &'a Message,
}

impl<'a> SoftHangupRequest<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "SoftHangupRequest";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Cause`, an integer (`None` when absent or empty).
    pub fn cause(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Cause")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.cause().transpose()?;
        Ok(())
    }
}

impl EventView for SoftHangupRequest<'_> {
    const NAME: &'static str = "SoftHangupRequest";
    type View<'a> = SoftHangupRequest<'a>;

    fn view(msg: &Message) -> Option<SoftHangupRequest<'_>> {
        SoftHangupRequest::from_message(msg)
    }
}

/// `Event: SpanAlarm`: class `EVENT_FLAG_SYSTEM`, from `chan_dahdi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`SpanAlarm::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct SpanAlarm<'a> {
    msg: &'a Message,
}

impl<'a> SpanAlarm<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "SpanAlarm";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Span`, an integer (`None` when absent or empty).
    pub fn span(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Span")
    }

    /// `Alarm`.
    pub fn alarm(&self) -> Option<Value<'a>> {
        text(self.msg, "Alarm")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.span().transpose()?;
        Ok(())
    }
}

impl EventView for SpanAlarm<'_> {
    const NAME: &'static str = "SpanAlarm";
    type View<'a> = SpanAlarm<'a>;

    fn view(msg: &Message) -> Option<SpanAlarm<'_>> {
        SpanAlarm::from_message(msg)
    }
}

/// `Event: SpanAlarmClear`: class `EVENT_FLAG_SYSTEM`, from `chan_dahdi`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`SpanAlarmClear::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct SpanAlarmClear<'a> {
    msg: &'a Message,
}

impl<'a> SpanAlarmClear<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "SpanAlarmClear";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Span`, an integer (`None` when absent or empty).
    pub fn span(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Span")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.span().transpose()?;
        Ok(())
    }
}

impl EventView for SpanAlarmClear<'_> {
    const NAME: &'static str = "SpanAlarmClear";
    type View<'a> = SpanAlarmClear<'a>;

    fn view(msg: &Message) -> Option<SpanAlarmClear<'_>> {
        SpanAlarmClear::from_message(msg)
    }
}

/// `Event: Status`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Status::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Status<'a> {
    msg: &'a Message,
}

impl<'a> Status<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Status";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `ActionID`.
    pub fn action_id(&self) -> Option<Value<'a>> {
        text(self.msg, "ActionID")
    }

    /// `Type`.
    pub fn type_(&self) -> Option<Value<'a>> {
        text(self.msg, "Type")
    }

    /// `DNID`.
    pub fn dnid(&self) -> Option<Value<'a>> {
        text(self.msg, "DNID")
    }

    /// `EffectiveConnectedLineNum`.
    pub fn effective_connected_line_num(&self) -> Option<Value<'a>> {
        text(self.msg, "EffectiveConnectedLineNum")
    }

    /// `EffectiveConnectedLineName`.
    pub fn effective_connected_line_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EffectiveConnectedLineName")
    }

    /// `TimeToHangup`, an integer (`None` when absent or empty).
    pub fn time_to_hangup(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "TimeToHangup")
    }

    /// `BridgeID`.
    pub fn bridge_id(&self) -> Option<Value<'a>> {
        text(self.msg, "BridgeID")
    }

    /// `Application`.
    pub fn application(&self) -> Option<Value<'a>> {
        text(self.msg, "Application")
    }

    /// `Data`.
    pub fn data(&self) -> Option<Value<'a>> {
        text(self.msg, "Data")
    }

    /// `Nativeformats`.
    pub fn nativeformats(&self) -> Option<Value<'a>> {
        text(self.msg, "Nativeformats")
    }

    /// `Readformat`.
    pub fn readformat(&self) -> Option<Value<'a>> {
        text(self.msg, "Readformat")
    }

    /// `Readtrans`.
    pub fn readtrans(&self) -> Option<Value<'a>> {
        text(self.msg, "Readtrans")
    }

    /// `Writeformat`.
    pub fn writeformat(&self) -> Option<Value<'a>> {
        text(self.msg, "Writeformat")
    }

    /// `Writetrans`.
    pub fn writetrans(&self) -> Option<Value<'a>> {
        text(self.msg, "Writetrans")
    }

    /// `Callgroup`.
    pub fn callgroup(&self) -> Option<Value<'a>> {
        text(self.msg, "Callgroup")
    }

    /// `Pickupgroup`.
    pub fn pickupgroup(&self) -> Option<Value<'a>> {
        text(self.msg, "Pickupgroup")
    }

    /// `Seconds`.
    pub fn seconds(&self) -> Option<Value<'a>> {
        text(self.msg, "Seconds")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        self.time_to_hangup().transpose()?;
        Ok(())
    }
}

impl EventView for Status<'_> {
    const NAME: &'static str = "Status";
    type View<'a> = Status<'a>;

    fn view(msg: &Message) -> Option<Status<'_>> {
        Status::from_message(msg)
    }
}

/// `Event: StatusComplete`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 18.26.0, 20.11.0, 21.6.0, 22.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`StatusComplete::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct StatusComplete<'a> {
    msg: &'a Message,
}

impl<'a> StatusComplete<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "StatusComplete";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Items`, an integer (`None` when absent or empty).
    pub fn items(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "Items")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.items().transpose()?;
        Ok(())
    }
}

impl EventView for StatusComplete<'_> {
    const NAME: &'static str = "StatusComplete";
    type View<'a> = StatusComplete<'a>;

    fn view(msg: &Message) -> Option<StatusComplete<'_>> {
        StatusComplete::from_message(msg)
    }
}

/// `Event: SuccessfulAuth`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`SuccessfulAuth::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct SuccessfulAuth<'a> {
    msg: &'a Message,
}

impl<'a> SuccessfulAuth<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "SuccessfulAuth";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `UsingPassword`.
    pub fn using_password(&self) -> Option<Value<'a>> {
        text(self.msg, "UsingPassword")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for SuccessfulAuth<'_> {
    const NAME: &'static str = "SuccessfulAuth";
    type View<'a> = SuccessfulAuth<'a>;

    fn view(msg: &Message) -> Option<SuccessfulAuth<'_>> {
        SuccessfulAuth::from_message(msg)
    }
}

/// `Event: TransportDetail`: class `EVENT_FLAG_COMMAND`, from `res_pjsip`, since Asterisk 12.6.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`TransportDetail::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct TransportDetail<'a> {
    msg: &'a Message,
}

impl<'a> TransportDetail<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "TransportDetail";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `ObjectType`.
    pub fn object_type(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectType")
    }

    /// `ObjectName`.
    pub fn object_name(&self) -> Option<Value<'a>> {
        text(self.msg, "ObjectName")
    }

    /// `Protocol`.
    pub fn protocol(&self) -> Option<Value<'a>> {
        text(self.msg, "Protocol")
    }

    /// `Bind`.
    pub fn bind(&self) -> Option<Value<'a>> {
        text(self.msg, "Bind")
    }

    /// `AsycOperations`.
    pub fn asyc_operations(&self) -> Option<Value<'a>> {
        text(self.msg, "AsycOperations")
    }

    /// `CaListFile`.
    pub fn ca_list_file(&self) -> Option<Value<'a>> {
        text(self.msg, "CaListFile")
    }

    /// `CaListPath`.
    pub fn ca_list_path(&self) -> Option<Value<'a>> {
        text(self.msg, "CaListPath")
    }

    /// `CertFile`.
    pub fn cert_file(&self) -> Option<Value<'a>> {
        text(self.msg, "CertFile")
    }

    /// `PrivKeyFile`.
    pub fn priv_key_file(&self) -> Option<Value<'a>> {
        text(self.msg, "PrivKeyFile")
    }

    /// `Password`.
    pub fn password(&self) -> Option<Value<'a>> {
        text(self.msg, "Password")
    }

    /// `ExternalSignalingAddress`.
    pub fn external_signaling_address(&self) -> Option<Value<'a>> {
        text(self.msg, "ExternalSignalingAddress")
    }

    /// `ExternalSignalingPort`.
    pub fn external_signaling_port(&self) -> Option<Value<'a>> {
        text(self.msg, "ExternalSignalingPort")
    }

    /// `ExternalMediaAddress`.
    pub fn external_media_address(&self) -> Option<Value<'a>> {
        text(self.msg, "ExternalMediaAddress")
    }

    /// `Domain`.
    pub fn domain(&self) -> Option<Value<'a>> {
        text(self.msg, "Domain")
    }

    /// `VerifyServer`.
    pub fn verify_server(&self) -> Option<Value<'a>> {
        text(self.msg, "VerifyServer")
    }

    /// `VerifyClient`.
    pub fn verify_client(&self) -> Option<Value<'a>> {
        text(self.msg, "VerifyClient")
    }

    /// `RequireClientCert`.
    pub fn require_client_cert(&self) -> Option<Value<'a>> {
        text(self.msg, "RequireClientCert")
    }

    /// `Method`.
    pub fn method(&self) -> Option<Value<'a>> {
        text(self.msg, "Method")
    }

    /// `Cipher`.
    pub fn cipher(&self) -> Option<Value<'a>> {
        text(self.msg, "Cipher")
    }

    /// `LocalNet`.
    pub fn local_net(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalNet")
    }

    /// `Tos`.
    pub fn tos(&self) -> Option<Value<'a>> {
        text(self.msg, "Tos")
    }

    /// `Cos`.
    pub fn cos(&self) -> Option<Value<'a>> {
        text(self.msg, "Cos")
    }

    /// `WebsocketWriteTimeout`.
    pub fn websocket_write_timeout(&self) -> Option<Value<'a>> {
        text(self.msg, "WebsocketWriteTimeout")
    }

    /// `AllowReload`.
    pub fn allow_reload(&self) -> Option<Value<'a>> {
        text(self.msg, "AllowReload")
    }

    /// `AllowWildcardCerts`.
    pub fn allow_wildcard_certs(&self) -> Option<Value<'a>> {
        text(self.msg, "AllowWildcardCerts")
    }

    /// `SymmetricTransport`.
    pub fn symmetric_transport(&self) -> Option<Value<'a>> {
        text(self.msg, "SymmetricTransport")
    }

    /// `TcpKeepaliveEnable`.
    pub fn tcp_keepalive_enable(&self) -> Option<Value<'a>> {
        text(self.msg, "TcpKeepaliveEnable")
    }

    /// `TcpKeepaliveIdleTime`.
    pub fn tcp_keepalive_idle_time(&self) -> Option<Value<'a>> {
        text(self.msg, "TcpKeepaliveIdleTime")
    }

    /// `TcpKeepaliveIntervalTime`.
    pub fn tcp_keepalive_interval_time(&self) -> Option<Value<'a>> {
        text(self.msg, "TcpKeepaliveIntervalTime")
    }

    /// `TcpKeepaliveProbeCount`.
    pub fn tcp_keepalive_probe_count(&self) -> Option<Value<'a>> {
        text(self.msg, "TcpKeepaliveProbeCount")
    }

    /// `EndpointName`.
    pub fn endpoint_name(&self) -> Option<Value<'a>> {
        text(self.msg, "EndpointName")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for TransportDetail<'_> {
    const NAME: &'static str = "TransportDetail";
    type View<'a> = TransportDetail<'a>;

    fn view(msg: &Message) -> Option<TransportDetail<'_>> {
        TransportDetail::from_message(msg)
    }
}

/// `Event: UnexpectedAddress`: class `EVENT_FLAG_SECURITY`, from `builtin`, since Asterisk 12.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`UnexpectedAddress::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct UnexpectedAddress<'a> {
    msg: &'a Message,
}

impl<'a> UnexpectedAddress<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "UnexpectedAddress";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `EventTV`.
    pub fn event_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "EventTV")
    }

    /// `Severity`. Documented values: `Informational`, `Error`.
    pub fn severity(&self) -> Option<Value<'a>> {
        text(self.msg, "Severity")
    }

    /// `Service`.
    pub fn service(&self) -> Option<Value<'a>> {
        text(self.msg, "Service")
    }

    /// `EventVersion`.
    pub fn event_version(&self) -> Option<Value<'a>> {
        text(self.msg, "EventVersion")
    }

    /// `AccountID`.
    pub fn account_id(&self) -> Option<Value<'a>> {
        text(self.msg, "AccountID")
    }

    /// `SessionID`.
    pub fn session_id(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionID")
    }

    /// `LocalAddress`.
    pub fn local_address(&self) -> Option<Value<'a>> {
        text(self.msg, "LocalAddress")
    }

    /// `RemoteAddress`.
    pub fn remote_address(&self) -> Option<Value<'a>> {
        text(self.msg, "RemoteAddress")
    }

    /// `ExpectedAddress`.
    pub fn expected_address(&self) -> Option<Value<'a>> {
        text(self.msg, "ExpectedAddress")
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `SessionTV`.
    pub fn session_tv(&self) -> Option<Value<'a>> {
        text(self.msg, "SessionTV")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for UnexpectedAddress<'_> {
    const NAME: &'static str = "UnexpectedAddress";
    type View<'a> = UnexpectedAddress<'a>;

    fn view(msg: &Message) -> Option<UnexpectedAddress<'_>> {
        UnexpectedAddress::from_message(msg)
    }
}

/// `Event: Unhold`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Unhold::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Unhold<'a> {
    msg: &'a Message,
}

impl<'a> Unhold<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Unhold";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Unhold<'_> {
    const NAME: &'static str = "Unhold";
    type View<'a> = Unhold<'a>;

    fn view(msg: &Message) -> Option<Unhold<'_>> {
        Unhold::from_message(msg)
    }
}

/// `Event: Unload`: class `EVENT_FLAG_SYSTEM`, from `builtin`, since Asterisk 16.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Unload::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Unload<'a> {
    msg: &'a Message,
}

impl<'a> Unload<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Unload";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Module`.
    pub fn module(&self) -> Option<Value<'a>> {
        text(self.msg, "Module")
    }

    /// `Status`. Documented values: `Success`.
    pub fn status(&self) -> Option<Value<'a>> {
        text(self.msg, "Status")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for Unload<'_> {
    const NAME: &'static str = "Unload";
    type View<'a> = Unload<'a>;

    fn view(msg: &Message) -> Option<Unload<'_>> {
        Unload::from_message(msg)
    }
}

/// `Event: UnParkedCall`: class `EVENT_FLAG_CALL`, from `parking_manager`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`UnParkedCall::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct UnParkedCall<'a> {
    msg: &'a Message,
}

impl<'a> UnParkedCall<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "UnParkedCall";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `ParkeeChannel`, `ParkeeChannelState`, ... `ParkeeLinkedid`.
    pub fn parkee_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parkee")
    }

    /// The channel snapshot `ParkerChannel`, `ParkerChannelState`, ... `ParkerLinkedid`.
    pub fn parker_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Parker")
    }

    /// The channel snapshot `RetrieverChannel`, `RetrieverChannelState`, ... `RetrieverLinkedid`.
    pub fn retriever_channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "Retriever")
    }

    /// `ParkerDialString`.
    pub fn parker_dial_string(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkerDialString")
    }

    /// `Parkinglot`.
    pub fn parkinglot(&self) -> Option<Value<'a>> {
        text(self.msg, "Parkinglot")
    }

    /// `ParkingSpace`.
    pub fn parking_space(&self) -> Option<Value<'a>> {
        text(self.msg, "ParkingSpace")
    }

    /// `ParkingTimeout`, an integer (`None` when absent or empty).
    pub fn parking_timeout(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingTimeout")
    }

    /// `ParkingDuration`, an integer (`None` when absent or empty).
    pub fn parking_duration(&self) -> Option<Result<i64, FieldError>> {
        integer(self.msg, "ParkingDuration")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parkee_channel().validate()?;
        self.parker_channel().validate()?;
        self.retriever_channel().validate()?;
        self.parking_timeout().transpose()?;
        self.parking_duration().transpose()?;
        Ok(())
    }
}

impl EventView for UnParkedCall<'_> {
    const NAME: &'static str = "UnParkedCall";
    type View<'a> = UnParkedCall<'a>;

    fn view(msg: &Message) -> Option<UnParkedCall<'_>> {
        UnParkedCall::from_message(msg)
    }
}

/// `Event: UserEvent`: class `EVENT_FLAG_USER`, from `builtin`, since Asterisk 12.3.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`UserEvent::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct UserEvent<'a> {
    msg: &'a Message,
}

impl<'a> UserEvent<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "UserEvent";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `UserEvent`.
    pub fn user_event(&self) -> Option<Value<'a>> {
        text(self.msg, "UserEvent")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for UserEvent<'_> {
    const NAME: &'static str = "UserEvent";
    type View<'a> = UserEvent<'a>;

    fn view(msg: &Message) -> Option<UserEvent<'_>> {
        UserEvent::from_message(msg)
    }
}

/// `Event: VarSet`: class `EVENT_FLAG_DIALPLAN`, from `app_stack`, since Asterisk 12.0.0; class `EVENT_FLAG_DIALPLAN`, from `func_global`, since Asterisk 12.0.0; class `EVENT_FLAG_DIALPLAN`, from `builtin`, since Asterisk 12.0.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`VarSet::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct VarSet<'a> {
    msg: &'a Message,
}

impl<'a> VarSet<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "VarSet";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// `Variable`.
    pub fn variable(&self) -> Option<Value<'a>> {
        text(self.msg, "Variable")
    }

    /// `Value`.
    pub fn value(&self) -> Option<Value<'a>> {
        text(self.msg, "Value")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for VarSet<'_> {
    const NAME: &'static str = "VarSet";
    type View<'a> = VarSet<'a>;

    fn view(msg: &Message) -> Option<VarSet<'_>> {
        VarSet::from_message(msg)
    }
}

/// `Event: VoicemailPasswordChange`: class `EVENT_FLAG_USER`, from `app_voicemail_imap`, since Asterisk 18.21.0, 20.6.0, 21.1.0; class `EVENT_FLAG_USER`, from `app_voicemail`, since Asterisk 18.21.0, 20.6.0, 21.1.0; class `EVENT_FLAG_USER`, from `app_voicemail_odbc`, since Asterisk 18.21.0, 20.6.0, 21.1.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`VoicemailPasswordChange::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct VoicemailPasswordChange<'a> {
    msg: &'a Message,
}

impl<'a> VoicemailPasswordChange<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "VoicemailPasswordChange";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// `Context`.
    pub fn context(&self) -> Option<Value<'a>> {
        text(self.msg, "Context")
    }

    /// `Mailbox`.
    pub fn mailbox(&self) -> Option<Value<'a>> {
        text(self.msg, "Mailbox")
    }

    /// `NewPassword`.
    pub fn new_password(&self) -> Option<Value<'a>> {
        text(self.msg, "NewPassword")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        Ok(())
    }
}

impl EventView for VoicemailPasswordChange<'_> {
    const NAME: &'static str = "VoicemailPasswordChange";
    type View<'a> = VoicemailPasswordChange<'a>;

    fn view(msg: &Message) -> Option<VoicemailPasswordChange<'_>> {
        VoicemailPasswordChange::from_message(msg)
    }
}

/// `Event: Wink`: class `EVENT_FLAG_CALL`, from `builtin`, since Asterisk 16.24.0, 18.10.0, 19.2.0.
///
/// A view borrowing the [`Message`]; every header stays reachable through [`Wink::as_message`].
#[derive(Debug, Clone, Copy)]
pub struct Wink<'a> {
    msg: &'a Message,
}

impl<'a> Wink<'a> {
    /// The `Event:` value.
    pub const NAME: &'static str = "Wink";

    /// The view, when `msg` is this event (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        msg.is_event_named(Self::NAME).then_some(Self { msg })
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        self.msg
    }

    /// The channel snapshot `Channel`, `ChannelState`, ... `Linkedid`.
    pub fn channel(&self) -> ChannelSnapshot<'a> {
        ChannelSnapshot::new(self.msg, "")
    }

    /// Parses every numeric header (snapshots included).
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.channel().validate()?;
        Ok(())
    }
}

impl EventView for Wink<'_> {
    const NAME: &'static str = "Wink";
    type View<'a> = Wink<'a>;

    fn view(msg: &Message) -> Option<Wink<'_>> {
        Wink::from_message(msg)
    }
}

/// Any typed event: one variant per view. `#[non_exhaustive]`: newer servers add events.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum TypedEvent<'a> {
    /// `AgentCalled`.
    AgentCalled(AgentCalled<'a>),
    /// `AgentComplete`.
    AgentComplete(AgentComplete<'a>),
    /// `AgentConnect`.
    AgentConnect(AgentConnect<'a>),
    /// `AgentDump`.
    AgentDump(AgentDump<'a>),
    /// `AgentLogin`.
    AgentLogin(AgentLogin<'a>),
    /// `AgentLogoff`.
    AgentLogoff(AgentLogoff<'a>),
    /// `AgentRingNoAnswer`.
    AgentRingNoAnswer(AgentRingNoAnswer<'a>),
    /// `Agents`.
    Agents(Agents<'a>),
    /// `AgentsComplete`.
    AgentsComplete(AgentsComplete<'a>),
    /// `AGIExecEnd`.
    AGIExecEnd(AGIExecEnd<'a>),
    /// `AGIExecStart`.
    AGIExecStart(AGIExecStart<'a>),
    /// `Alarm`.
    Alarm(Alarm<'a>),
    /// `AlarmClear`.
    AlarmClear(AlarmClear<'a>),
    /// `AOC-D`.
    AOCD(AOCD<'a>),
    /// `AOC-E`.
    AOCE(AOCE<'a>),
    /// `AOC-S`.
    AOCS(AOCS<'a>),
    /// `AorDetail`.
    AorDetail(AorDetail<'a>),
    /// `AorList`.
    AorList(AorList<'a>),
    /// `AsyncAGIEnd`.
    AsyncAGIEnd(AsyncAGIEnd<'a>),
    /// `AsyncAGIExec`.
    AsyncAGIExec(AsyncAGIExec<'a>),
    /// `AsyncAGIStart`.
    AsyncAGIStart(AsyncAGIStart<'a>),
    /// `AttendedTransfer`.
    AttendedTransfer(AttendedTransfer<'a>),
    /// `AuthDetail`.
    AuthDetail(AuthDetail<'a>),
    /// `AuthList`.
    AuthList(AuthList<'a>),
    /// `AuthMethodNotAllowed`.
    AuthMethodNotAllowed(AuthMethodNotAllowed<'a>),
    /// `BlindTransfer`.
    BlindTransfer(BlindTransfer<'a>),
    /// `BridgeCreate`.
    BridgeCreate(BridgeCreate<'a>),
    /// `BridgeDestroy`.
    BridgeDestroy(BridgeDestroy<'a>),
    /// `BridgeEnter`.
    BridgeEnter(BridgeEnter<'a>),
    /// `BridgeLeave`.
    BridgeLeave(BridgeLeave<'a>),
    /// `BridgeMerge`.
    BridgeMerge(BridgeMerge<'a>),
    /// `BridgeVideoSourceUpdate`.
    BridgeVideoSourceUpdate(BridgeVideoSourceUpdate<'a>),
    /// `Cdr`.
    Cdr(Cdr<'a>),
    /// `CEL`.
    CEL(CEL<'a>),
    /// `ChallengeResponseFailed`.
    ChallengeResponseFailed(ChallengeResponseFailed<'a>),
    /// `ChallengeSent`.
    ChallengeSent(ChallengeSent<'a>),
    /// `ChannelHungup`.
    ChannelHungup(ChannelHungup<'a>),
    /// `ChannelsHungupListComplete`.
    ChannelsHungupListComplete(ChannelsHungupListComplete<'a>),
    /// `ChannelTalkingStart`.
    ChannelTalkingStart(ChannelTalkingStart<'a>),
    /// `ChannelTalkingStop`.
    ChannelTalkingStop(ChannelTalkingStop<'a>),
    /// `ChanSpyStart`.
    ChanSpyStart(ChanSpyStart<'a>),
    /// `ChanSpyStop`.
    ChanSpyStop(ChanSpyStop<'a>),
    /// `ConfbridgeEnd`.
    ConfbridgeEnd(ConfbridgeEnd<'a>),
    /// `ConfbridgeJoin`.
    ConfbridgeJoin(ConfbridgeJoin<'a>),
    /// `ConfbridgeLeave`.
    ConfbridgeLeave(ConfbridgeLeave<'a>),
    /// `ConfbridgeList`.
    ConfbridgeList(ConfbridgeList<'a>),
    /// `ConfbridgeListRooms`.
    ConfbridgeListRooms(ConfbridgeListRooms<'a>),
    /// `ConfbridgeMute`.
    ConfbridgeMute(ConfbridgeMute<'a>),
    /// `ConfbridgeRecord`.
    ConfbridgeRecord(ConfbridgeRecord<'a>),
    /// `ConfbridgeStart`.
    ConfbridgeStart(ConfbridgeStart<'a>),
    /// `ConfbridgeStopRecord`.
    ConfbridgeStopRecord(ConfbridgeStopRecord<'a>),
    /// `ConfbridgeTalking`.
    ConfbridgeTalking(ConfbridgeTalking<'a>),
    /// `ConfbridgeUnmute`.
    ConfbridgeUnmute(ConfbridgeUnmute<'a>),
    /// `ContactList`.
    ContactList(ContactList<'a>),
    /// `ContactStatus`.
    ContactStatus(ContactStatus<'a>),
    /// `ContactStatusDetail`.
    ContactStatusDetail(ContactStatusDetail<'a>),
    /// `CoreShowChannel`.
    CoreShowChannel(CoreShowChannel<'a>),
    /// `CoreShowChannelMapComplete`.
    CoreShowChannelMapComplete(CoreShowChannelMapComplete<'a>),
    /// `CoreShowChannelsComplete`.
    CoreShowChannelsComplete(CoreShowChannelsComplete<'a>),
    /// `DAHDIChannel`.
    DAHDIChannel(DAHDIChannel<'a>),
    /// `DeadlockStart`.
    DeadlockStart(DeadlockStart<'a>),
    /// `DeviceStateChange`.
    DeviceStateChange(DeviceStateChange<'a>),
    /// `DeviceStateListComplete`.
    DeviceStateListComplete(DeviceStateListComplete<'a>),
    /// `DialBegin`.
    DialBegin(DialBegin<'a>),
    /// `DialEnd`.
    DialEnd(DialEnd<'a>),
    /// `DialState`.
    DialState(DialState<'a>),
    /// `DNDState`.
    DNDState(DNDState<'a>),
    /// `DTMFBegin`.
    DTMFBegin(DTMFBegin<'a>),
    /// `DTMFEnd`.
    DTMFEnd(DTMFEnd<'a>),
    /// `EndpointDetail`.
    EndpointDetail(EndpointDetail<'a>),
    /// `EndpointList`.
    EndpointList(EndpointList<'a>),
    /// `ExtensionStatus`.
    ExtensionStatus(ExtensionStatus<'a>),
    /// `FailedACL`.
    FailedACL(FailedACL<'a>),
    /// `FAXSession`.
    FAXSession(FAXSession<'a>),
    /// `FAXSessionsComplete`.
    FAXSessionsComplete(FAXSessionsComplete<'a>),
    /// `FAXSessionsEntry`.
    FAXSessionsEntry(FAXSessionsEntry<'a>),
    /// `FAXStats`.
    FAXStats(FAXStats<'a>),
    /// `FAXStatus`.
    FAXStatus(FAXStatus<'a>),
    /// `Flash`.
    Flash(Flash<'a>),
    /// `FullyBooted`.
    FullyBooted(FullyBooted<'a>),
    /// `Hangup`.
    Hangup(Hangup<'a>),
    /// `HangupHandlerPop`.
    HangupHandlerPop(HangupHandlerPop<'a>),
    /// `HangupHandlerPush`.
    HangupHandlerPush(HangupHandlerPush<'a>),
    /// `HangupHandlerRun`.
    HangupHandlerRun(HangupHandlerRun<'a>),
    /// `HangupRequest`.
    HangupRequest(HangupRequest<'a>),
    /// `Hold`.
    Hold(Hold<'a>),
    /// `IdentifyDetail`.
    IdentifyDetail(IdentifyDetail<'a>),
    /// `InboundRegistrationDetail`.
    InboundRegistrationDetail(InboundRegistrationDetail<'a>),
    /// `InboundSubscriptionDetail`.
    InboundSubscriptionDetail(InboundSubscriptionDetail<'a>),
    /// `InvalidAccountID`.
    InvalidAccountID(InvalidAccountID<'a>),
    /// `InvalidPassword`.
    InvalidPassword(InvalidPassword<'a>),
    /// `InvalidTransport`.
    InvalidTransport(InvalidTransport<'a>),
    /// `ListDialplan`.
    ListDialplan(ListDialplan<'a>),
    /// `Load`.
    Load(Load<'a>),
    /// `LoadAverageLimit`.
    LoadAverageLimit(LoadAverageLimit<'a>),
    /// `LocalBridge`.
    LocalBridge(LocalBridge<'a>),
    /// `LocalOptimizationBegin`.
    LocalOptimizationBegin(LocalOptimizationBegin<'a>),
    /// `LocalOptimizationEnd`.
    LocalOptimizationEnd(LocalOptimizationEnd<'a>),
    /// `LogChannel`.
    LogChannel(LogChannel<'a>),
    /// `MCID`.
    MCID(MCID<'a>),
    /// `MeetmeEnd`.
    MeetmeEnd(MeetmeEnd<'a>),
    /// `MeetmeJoin`.
    MeetmeJoin(MeetmeJoin<'a>),
    /// `MeetmeLeave`.
    MeetmeLeave(MeetmeLeave<'a>),
    /// `MeetmeList`.
    MeetmeList(MeetmeList<'a>),
    /// `MeetmeListRooms`.
    MeetmeListRooms(MeetmeListRooms<'a>),
    /// `MeetmeMute`.
    MeetmeMute(MeetmeMute<'a>),
    /// `MeetmeTalking`.
    MeetmeTalking(MeetmeTalking<'a>),
    /// `MeetmeTalkRequest`.
    MeetmeTalkRequest(MeetmeTalkRequest<'a>),
    /// `MemoryLimit`.
    MemoryLimit(MemoryLimit<'a>),
    /// `MessageWaiting`.
    MessageWaiting(MessageWaiting<'a>),
    /// `MiniVoiceMail`.
    MiniVoiceMail(MiniVoiceMail<'a>),
    /// `MixMonitorMute`.
    MixMonitorMute(MixMonitorMute<'a>),
    /// `MixMonitorStart`.
    MixMonitorStart(MixMonitorStart<'a>),
    /// `MixMonitorStop`.
    MixMonitorStop(MixMonitorStop<'a>),
    /// `MusicOnHoldStart`.
    MusicOnHoldStart(MusicOnHoldStart<'a>),
    /// `MusicOnHoldStop`.
    MusicOnHoldStop(MusicOnHoldStop<'a>),
    /// `MWIGet`.
    MWIGet(MWIGet<'a>),
    /// `MWIGetComplete`.
    MWIGetComplete(MWIGetComplete<'a>),
    /// `NewAccountCode`.
    NewAccountCode(NewAccountCode<'a>),
    /// `NewCallerid`.
    NewCallerid(NewCallerid<'a>),
    /// `Newchannel`.
    Newchannel(Newchannel<'a>),
    /// `NewConnectedLine`.
    NewConnectedLine(NewConnectedLine<'a>),
    /// `Newexten`.
    Newexten(Newexten<'a>),
    /// `Newstate`.
    Newstate(Newstate<'a>),
    /// `OriginateResponse`.
    OriginateResponse(OriginateResponse<'a>),
    /// `OutboundRegistrationDetail`.
    OutboundRegistrationDetail(OutboundRegistrationDetail<'a>),
    /// `OutboundSubscriptionDetail`.
    OutboundSubscriptionDetail(OutboundSubscriptionDetail<'a>),
    /// `ParkedCall`.
    ParkedCall(ParkedCall<'a>),
    /// `ParkedCallGiveUp`.
    ParkedCallGiveUp(ParkedCallGiveUp<'a>),
    /// `ParkedCallSwap`.
    ParkedCallSwap(ParkedCallSwap<'a>),
    /// `ParkedCallTimeOut`.
    ParkedCallTimeOut(ParkedCallTimeOut<'a>),
    /// `PeerStatus`.
    PeerStatus(PeerStatus<'a>),
    /// `Pickup`.
    Pickup(Pickup<'a>),
    /// `PJSIPMaintenanceStatus`.
    PJSIPMaintenanceStatus(PJSIPMaintenanceStatus<'a>),
    /// `PresenceStateChange`.
    PresenceStateChange(PresenceStateChange<'a>),
    /// `PresenceStatus`.
    PresenceStatus(PresenceStatus<'a>),
    /// `QueueCallerAbandon`.
    QueueCallerAbandon(QueueCallerAbandon<'a>),
    /// `QueueCallerJoin`.
    QueueCallerJoin(QueueCallerJoin<'a>),
    /// `QueueCallerLeave`.
    QueueCallerLeave(QueueCallerLeave<'a>),
    /// `QueueEntry`.
    QueueEntry(QueueEntry<'a>),
    /// `QueueMember`.
    QueueMember(QueueMember<'a>),
    /// `QueueMemberAdded`.
    QueueMemberAdded(QueueMemberAdded<'a>),
    /// `QueueMemberPause`.
    QueueMemberPause(QueueMemberPause<'a>),
    /// `QueueMemberPenalty`.
    QueueMemberPenalty(QueueMemberPenalty<'a>),
    /// `QueueMemberRemoved`.
    QueueMemberRemoved(QueueMemberRemoved<'a>),
    /// `QueueMemberRinginuse`.
    QueueMemberRinginuse(QueueMemberRinginuse<'a>),
    /// `QueueMemberStatus`.
    QueueMemberStatus(QueueMemberStatus<'a>),
    /// `QueueParams`.
    QueueParams(QueueParams<'a>),
    /// `QueueStatusComplete`.
    QueueStatusComplete(QueueStatusComplete<'a>),
    /// `QueueSummary`.
    QueueSummary(QueueSummary<'a>),
    /// `QueueSummaryComplete`.
    QueueSummaryComplete(QueueSummaryComplete<'a>),
    /// `ReceiveFAX`.
    ReceiveFAX(ReceiveFAX<'a>),
    /// `Registry`.
    Registry(Registry<'a>),
    /// `Reload`.
    Reload(Reload<'a>),
    /// `Rename`.
    Rename(Rename<'a>),
    /// `RequestBadFormat`.
    RequestBadFormat(RequestBadFormat<'a>),
    /// `RequestNotAllowed`.
    RequestNotAllowed(RequestNotAllowed<'a>),
    /// `RequestNotSupported`.
    RequestNotSupported(RequestNotSupported<'a>),
    /// `ResourceListDetail`.
    ResourceListDetail(ResourceListDetail<'a>),
    /// `RTCPReceived`.
    RTCPReceived(RTCPReceived<'a>),
    /// `RTCPSent`.
    RTCPSent(RTCPSent<'a>),
    /// `SendFAX`.
    SendFAX(SendFAX<'a>),
    /// `SessionLimit`.
    SessionLimit(SessionLimit<'a>),
    /// `ShowDialPlanComplete`.
    ShowDialPlanComplete(ShowDialPlanComplete<'a>),
    /// `Shutdown`.
    Shutdown(Shutdown<'a>),
    /// `SoftHangupRequest`.
    SoftHangupRequest(SoftHangupRequest<'a>),
    /// `SpanAlarm`.
    SpanAlarm(SpanAlarm<'a>),
    /// `SpanAlarmClear`.
    SpanAlarmClear(SpanAlarmClear<'a>),
    /// `Status`.
    Status(Status<'a>),
    /// `StatusComplete`.
    StatusComplete(StatusComplete<'a>),
    /// `SuccessfulAuth`.
    SuccessfulAuth(SuccessfulAuth<'a>),
    /// `TransportDetail`.
    TransportDetail(TransportDetail<'a>),
    /// `UnexpectedAddress`.
    UnexpectedAddress(UnexpectedAddress<'a>),
    /// `Unhold`.
    Unhold(Unhold<'a>),
    /// `Unload`.
    Unload(Unload<'a>),
    /// `UnParkedCall`.
    UnParkedCall(UnParkedCall<'a>),
    /// `UserEvent`.
    UserEvent(UserEvent<'a>),
    /// `VarSet`.
    VarSet(VarSet<'a>),
    /// `VoicemailPasswordChange`.
    VoicemailPasswordChange(VoicemailPasswordChange<'a>),
    /// `Wink`.
    Wink(Wink<'a>),
}

/// The longest typed event name.
const MAX_NAME: usize = 26;

impl<'a> TypedEvent<'a> {
    /// The typed view of `msg`, when it is an event with one (name compared ignoring ASCII case).
    pub fn from_message(msg: &'a Message) -> Option<Self> {
        if !msg.is_event() {
            return None;
        }
        let name = msg.event()?;
        if name.len() > MAX_NAME {
            return None;
        }
        let mut buf = [0u8; MAX_NAME];
        let lower = &mut buf[..name.len()];
        lower.copy_from_slice(name);
        lower.make_ascii_lowercase();
        Some(match &*lower {
            b"agentcalled" => Self::AgentCalled(AgentCalled { msg }),
            b"agentcomplete" => Self::AgentComplete(AgentComplete { msg }),
            b"agentconnect" => Self::AgentConnect(AgentConnect { msg }),
            b"agentdump" => Self::AgentDump(AgentDump { msg }),
            b"agentlogin" => Self::AgentLogin(AgentLogin { msg }),
            b"agentlogoff" => Self::AgentLogoff(AgentLogoff { msg }),
            b"agentringnoanswer" => Self::AgentRingNoAnswer(AgentRingNoAnswer { msg }),
            b"agents" => Self::Agents(Agents { msg }),
            b"agentscomplete" => Self::AgentsComplete(AgentsComplete { msg }),
            b"agiexecend" => Self::AGIExecEnd(AGIExecEnd { msg }),
            b"agiexecstart" => Self::AGIExecStart(AGIExecStart { msg }),
            b"alarm" => Self::Alarm(Alarm { msg }),
            b"alarmclear" => Self::AlarmClear(AlarmClear { msg }),
            b"aoc-d" => Self::AOCD(AOCD { msg }),
            b"aoc-e" => Self::AOCE(AOCE { msg }),
            b"aoc-s" => Self::AOCS(AOCS { msg }),
            b"aordetail" => Self::AorDetail(AorDetail { msg }),
            b"aorlist" => Self::AorList(AorList { msg }),
            b"asyncagiend" => Self::AsyncAGIEnd(AsyncAGIEnd { msg }),
            b"asyncagiexec" => Self::AsyncAGIExec(AsyncAGIExec { msg }),
            b"asyncagistart" => Self::AsyncAGIStart(AsyncAGIStart { msg }),
            b"attendedtransfer" => Self::AttendedTransfer(AttendedTransfer { msg }),
            b"authdetail" => Self::AuthDetail(AuthDetail { msg }),
            b"authlist" => Self::AuthList(AuthList { msg }),
            b"authmethodnotallowed" => Self::AuthMethodNotAllowed(AuthMethodNotAllowed { msg }),
            b"blindtransfer" => Self::BlindTransfer(BlindTransfer { msg }),
            b"bridgecreate" => Self::BridgeCreate(BridgeCreate { msg }),
            b"bridgedestroy" => Self::BridgeDestroy(BridgeDestroy { msg }),
            b"bridgeenter" => Self::BridgeEnter(BridgeEnter { msg }),
            b"bridgeleave" => Self::BridgeLeave(BridgeLeave { msg }),
            b"bridgemerge" => Self::BridgeMerge(BridgeMerge { msg }),
            b"bridgevideosourceupdate" => {
                Self::BridgeVideoSourceUpdate(BridgeVideoSourceUpdate { msg })
            }
            b"cdr" => Self::Cdr(Cdr { msg }),
            b"cel" => Self::CEL(CEL { msg }),
            b"challengeresponsefailed" => {
                Self::ChallengeResponseFailed(ChallengeResponseFailed { msg })
            }
            b"challengesent" => Self::ChallengeSent(ChallengeSent { msg }),
            b"channelhungup" => Self::ChannelHungup(ChannelHungup { msg }),
            b"channelshunguplistcomplete" => {
                Self::ChannelsHungupListComplete(ChannelsHungupListComplete { msg })
            }
            b"channeltalkingstart" => Self::ChannelTalkingStart(ChannelTalkingStart { msg }),
            b"channeltalkingstop" => Self::ChannelTalkingStop(ChannelTalkingStop { msg }),
            b"chanspystart" => Self::ChanSpyStart(ChanSpyStart { msg }),
            b"chanspystop" => Self::ChanSpyStop(ChanSpyStop { msg }),
            b"confbridgeend" => Self::ConfbridgeEnd(ConfbridgeEnd { msg }),
            b"confbridgejoin" => Self::ConfbridgeJoin(ConfbridgeJoin { msg }),
            b"confbridgeleave" => Self::ConfbridgeLeave(ConfbridgeLeave { msg }),
            b"confbridgelist" => Self::ConfbridgeList(ConfbridgeList { msg }),
            b"confbridgelistrooms" => Self::ConfbridgeListRooms(ConfbridgeListRooms { msg }),
            b"confbridgemute" => Self::ConfbridgeMute(ConfbridgeMute { msg }),
            b"confbridgerecord" => Self::ConfbridgeRecord(ConfbridgeRecord { msg }),
            b"confbridgestart" => Self::ConfbridgeStart(ConfbridgeStart { msg }),
            b"confbridgestoprecord" => Self::ConfbridgeStopRecord(ConfbridgeStopRecord { msg }),
            b"confbridgetalking" => Self::ConfbridgeTalking(ConfbridgeTalking { msg }),
            b"confbridgeunmute" => Self::ConfbridgeUnmute(ConfbridgeUnmute { msg }),
            b"contactlist" => Self::ContactList(ContactList { msg }),
            b"contactstatus" => Self::ContactStatus(ContactStatus { msg }),
            b"contactstatusdetail" => Self::ContactStatusDetail(ContactStatusDetail { msg }),
            b"coreshowchannel" => Self::CoreShowChannel(CoreShowChannel { msg }),
            b"coreshowchannelmapcomplete" => {
                Self::CoreShowChannelMapComplete(CoreShowChannelMapComplete { msg })
            }
            b"coreshowchannelscomplete" => {
                Self::CoreShowChannelsComplete(CoreShowChannelsComplete { msg })
            }
            b"dahdichannel" => Self::DAHDIChannel(DAHDIChannel { msg }),
            b"deadlockstart" => Self::DeadlockStart(DeadlockStart { msg }),
            b"devicestatechange" => Self::DeviceStateChange(DeviceStateChange { msg }),
            b"devicestatelistcomplete" => {
                Self::DeviceStateListComplete(DeviceStateListComplete { msg })
            }
            b"dialbegin" => Self::DialBegin(DialBegin { msg }),
            b"dialend" => Self::DialEnd(DialEnd { msg }),
            b"dialstate" => Self::DialState(DialState { msg }),
            b"dndstate" => Self::DNDState(DNDState { msg }),
            b"dtmfbegin" => Self::DTMFBegin(DTMFBegin { msg }),
            b"dtmfend" => Self::DTMFEnd(DTMFEnd { msg }),
            b"endpointdetail" => Self::EndpointDetail(EndpointDetail { msg }),
            b"endpointlist" => Self::EndpointList(EndpointList { msg }),
            b"extensionstatus" => Self::ExtensionStatus(ExtensionStatus { msg }),
            b"failedacl" => Self::FailedACL(FailedACL { msg }),
            b"faxsession" => Self::FAXSession(FAXSession { msg }),
            b"faxsessionscomplete" => Self::FAXSessionsComplete(FAXSessionsComplete { msg }),
            b"faxsessionsentry" => Self::FAXSessionsEntry(FAXSessionsEntry { msg }),
            b"faxstats" => Self::FAXStats(FAXStats { msg }),
            b"faxstatus" => Self::FAXStatus(FAXStatus { msg }),
            b"flash" => Self::Flash(Flash { msg }),
            b"fullybooted" => Self::FullyBooted(FullyBooted { msg }),
            b"hangup" => Self::Hangup(Hangup { msg }),
            b"hanguphandlerpop" => Self::HangupHandlerPop(HangupHandlerPop { msg }),
            b"hanguphandlerpush" => Self::HangupHandlerPush(HangupHandlerPush { msg }),
            b"hanguphandlerrun" => Self::HangupHandlerRun(HangupHandlerRun { msg }),
            b"hanguprequest" => Self::HangupRequest(HangupRequest { msg }),
            b"hold" => Self::Hold(Hold { msg }),
            b"identifydetail" => Self::IdentifyDetail(IdentifyDetail { msg }),
            b"inboundregistrationdetail" => {
                Self::InboundRegistrationDetail(InboundRegistrationDetail { msg })
            }
            b"inboundsubscriptiondetail" => {
                Self::InboundSubscriptionDetail(InboundSubscriptionDetail { msg })
            }
            b"invalidaccountid" => Self::InvalidAccountID(InvalidAccountID { msg }),
            b"invalidpassword" => Self::InvalidPassword(InvalidPassword { msg }),
            b"invalidtransport" => Self::InvalidTransport(InvalidTransport { msg }),
            b"listdialplan" => Self::ListDialplan(ListDialplan { msg }),
            b"load" => Self::Load(Load { msg }),
            b"loadaveragelimit" => Self::LoadAverageLimit(LoadAverageLimit { msg }),
            b"localbridge" => Self::LocalBridge(LocalBridge { msg }),
            b"localoptimizationbegin" => {
                Self::LocalOptimizationBegin(LocalOptimizationBegin { msg })
            }
            b"localoptimizationend" => Self::LocalOptimizationEnd(LocalOptimizationEnd { msg }),
            b"logchannel" => Self::LogChannel(LogChannel { msg }),
            b"mcid" => Self::MCID(MCID { msg }),
            b"meetmeend" => Self::MeetmeEnd(MeetmeEnd { msg }),
            b"meetmejoin" => Self::MeetmeJoin(MeetmeJoin { msg }),
            b"meetmeleave" => Self::MeetmeLeave(MeetmeLeave { msg }),
            b"meetmelist" => Self::MeetmeList(MeetmeList { msg }),
            b"meetmelistrooms" => Self::MeetmeListRooms(MeetmeListRooms { msg }),
            b"meetmemute" => Self::MeetmeMute(MeetmeMute { msg }),
            b"meetmetalking" => Self::MeetmeTalking(MeetmeTalking { msg }),
            b"meetmetalkrequest" => Self::MeetmeTalkRequest(MeetmeTalkRequest { msg }),
            b"memorylimit" => Self::MemoryLimit(MemoryLimit { msg }),
            b"messagewaiting" => Self::MessageWaiting(MessageWaiting { msg }),
            b"minivoicemail" => Self::MiniVoiceMail(MiniVoiceMail { msg }),
            b"mixmonitormute" => Self::MixMonitorMute(MixMonitorMute { msg }),
            b"mixmonitorstart" => Self::MixMonitorStart(MixMonitorStart { msg }),
            b"mixmonitorstop" => Self::MixMonitorStop(MixMonitorStop { msg }),
            b"musiconholdstart" => Self::MusicOnHoldStart(MusicOnHoldStart { msg }),
            b"musiconholdstop" => Self::MusicOnHoldStop(MusicOnHoldStop { msg }),
            b"mwiget" => Self::MWIGet(MWIGet { msg }),
            b"mwigetcomplete" => Self::MWIGetComplete(MWIGetComplete { msg }),
            b"newaccountcode" => Self::NewAccountCode(NewAccountCode { msg }),
            b"newcallerid" => Self::NewCallerid(NewCallerid { msg }),
            b"newchannel" => Self::Newchannel(Newchannel { msg }),
            b"newconnectedline" => Self::NewConnectedLine(NewConnectedLine { msg }),
            b"newexten" => Self::Newexten(Newexten { msg }),
            b"newstate" => Self::Newstate(Newstate { msg }),
            b"originateresponse" => Self::OriginateResponse(OriginateResponse { msg }),
            b"outboundregistrationdetail" => {
                Self::OutboundRegistrationDetail(OutboundRegistrationDetail { msg })
            }
            b"outboundsubscriptiondetail" => {
                Self::OutboundSubscriptionDetail(OutboundSubscriptionDetail { msg })
            }
            b"parkedcall" => Self::ParkedCall(ParkedCall { msg }),
            b"parkedcallgiveup" => Self::ParkedCallGiveUp(ParkedCallGiveUp { msg }),
            b"parkedcallswap" => Self::ParkedCallSwap(ParkedCallSwap { msg }),
            b"parkedcalltimeout" => Self::ParkedCallTimeOut(ParkedCallTimeOut { msg }),
            b"peerstatus" => Self::PeerStatus(PeerStatus { msg }),
            b"pickup" => Self::Pickup(Pickup { msg }),
            b"pjsipmaintenancestatus" => {
                Self::PJSIPMaintenanceStatus(PJSIPMaintenanceStatus { msg })
            }
            b"presencestatechange" => Self::PresenceStateChange(PresenceStateChange { msg }),
            b"presencestatus" => Self::PresenceStatus(PresenceStatus { msg }),
            b"queuecallerabandon" => Self::QueueCallerAbandon(QueueCallerAbandon { msg }),
            b"queuecallerjoin" => Self::QueueCallerJoin(QueueCallerJoin { msg }),
            b"queuecallerleave" => Self::QueueCallerLeave(QueueCallerLeave { msg }),
            b"queueentry" => Self::QueueEntry(QueueEntry { msg }),
            b"queuemember" => Self::QueueMember(QueueMember { msg }),
            b"queuememberadded" => Self::QueueMemberAdded(QueueMemberAdded { msg }),
            b"queuememberpause" => Self::QueueMemberPause(QueueMemberPause { msg }),
            b"queuememberpenalty" => Self::QueueMemberPenalty(QueueMemberPenalty { msg }),
            b"queuememberremoved" => Self::QueueMemberRemoved(QueueMemberRemoved { msg }),
            b"queuememberringinuse" => Self::QueueMemberRinginuse(QueueMemberRinginuse { msg }),
            b"queuememberstatus" => Self::QueueMemberStatus(QueueMemberStatus { msg }),
            b"queueparams" => Self::QueueParams(QueueParams { msg }),
            b"queuestatuscomplete" => Self::QueueStatusComplete(QueueStatusComplete { msg }),
            b"queuesummary" => Self::QueueSummary(QueueSummary { msg }),
            b"queuesummarycomplete" => Self::QueueSummaryComplete(QueueSummaryComplete { msg }),
            b"receivefax" => Self::ReceiveFAX(ReceiveFAX { msg }),
            b"registry" => Self::Registry(Registry { msg }),
            b"reload" => Self::Reload(Reload { msg }),
            b"rename" => Self::Rename(Rename { msg }),
            b"requestbadformat" => Self::RequestBadFormat(RequestBadFormat { msg }),
            b"requestnotallowed" => Self::RequestNotAllowed(RequestNotAllowed { msg }),
            b"requestnotsupported" => Self::RequestNotSupported(RequestNotSupported { msg }),
            b"resourcelistdetail" => Self::ResourceListDetail(ResourceListDetail { msg }),
            b"rtcpreceived" => Self::RTCPReceived(RTCPReceived { msg }),
            b"rtcpsent" => Self::RTCPSent(RTCPSent { msg }),
            b"sendfax" => Self::SendFAX(SendFAX { msg }),
            b"sessionlimit" => Self::SessionLimit(SessionLimit { msg }),
            b"showdialplancomplete" => Self::ShowDialPlanComplete(ShowDialPlanComplete { msg }),
            b"shutdown" => Self::Shutdown(Shutdown { msg }),
            b"softhanguprequest" => Self::SoftHangupRequest(SoftHangupRequest { msg }),
            b"spanalarm" => Self::SpanAlarm(SpanAlarm { msg }),
            b"spanalarmclear" => Self::SpanAlarmClear(SpanAlarmClear { msg }),
            b"status" => Self::Status(Status { msg }),
            b"statuscomplete" => Self::StatusComplete(StatusComplete { msg }),
            b"successfulauth" => Self::SuccessfulAuth(SuccessfulAuth { msg }),
            b"transportdetail" => Self::TransportDetail(TransportDetail { msg }),
            b"unexpectedaddress" => Self::UnexpectedAddress(UnexpectedAddress { msg }),
            b"unhold" => Self::Unhold(Unhold { msg }),
            b"unload" => Self::Unload(Unload { msg }),
            b"unparkedcall" => Self::UnParkedCall(UnParkedCall { msg }),
            b"userevent" => Self::UserEvent(UserEvent { msg }),
            b"varset" => Self::VarSet(VarSet { msg }),
            b"voicemailpasswordchange" => {
                Self::VoicemailPasswordChange(VoicemailPasswordChange { msg })
            }
            b"wink" => Self::Wink(Wink { msg }),
            _ => return None,
        })
    }

    /// The event's name as typed (`Event:` may differ in case).
    pub fn name(&self) -> &'static str {
        match self {
            Self::AgentCalled(_) => AgentCalled::NAME,
            Self::AgentComplete(_) => AgentComplete::NAME,
            Self::AgentConnect(_) => AgentConnect::NAME,
            Self::AgentDump(_) => AgentDump::NAME,
            Self::AgentLogin(_) => AgentLogin::NAME,
            Self::AgentLogoff(_) => AgentLogoff::NAME,
            Self::AgentRingNoAnswer(_) => AgentRingNoAnswer::NAME,
            Self::Agents(_) => Agents::NAME,
            Self::AgentsComplete(_) => AgentsComplete::NAME,
            Self::AGIExecEnd(_) => AGIExecEnd::NAME,
            Self::AGIExecStart(_) => AGIExecStart::NAME,
            Self::Alarm(_) => Alarm::NAME,
            Self::AlarmClear(_) => AlarmClear::NAME,
            Self::AOCD(_) => AOCD::NAME,
            Self::AOCE(_) => AOCE::NAME,
            Self::AOCS(_) => AOCS::NAME,
            Self::AorDetail(_) => AorDetail::NAME,
            Self::AorList(_) => AorList::NAME,
            Self::AsyncAGIEnd(_) => AsyncAGIEnd::NAME,
            Self::AsyncAGIExec(_) => AsyncAGIExec::NAME,
            Self::AsyncAGIStart(_) => AsyncAGIStart::NAME,
            Self::AttendedTransfer(_) => AttendedTransfer::NAME,
            Self::AuthDetail(_) => AuthDetail::NAME,
            Self::AuthList(_) => AuthList::NAME,
            Self::AuthMethodNotAllowed(_) => AuthMethodNotAllowed::NAME,
            Self::BlindTransfer(_) => BlindTransfer::NAME,
            Self::BridgeCreate(_) => BridgeCreate::NAME,
            Self::BridgeDestroy(_) => BridgeDestroy::NAME,
            Self::BridgeEnter(_) => BridgeEnter::NAME,
            Self::BridgeLeave(_) => BridgeLeave::NAME,
            Self::BridgeMerge(_) => BridgeMerge::NAME,
            Self::BridgeVideoSourceUpdate(_) => BridgeVideoSourceUpdate::NAME,
            Self::Cdr(_) => Cdr::NAME,
            Self::CEL(_) => CEL::NAME,
            Self::ChallengeResponseFailed(_) => ChallengeResponseFailed::NAME,
            Self::ChallengeSent(_) => ChallengeSent::NAME,
            Self::ChannelHungup(_) => ChannelHungup::NAME,
            Self::ChannelsHungupListComplete(_) => ChannelsHungupListComplete::NAME,
            Self::ChannelTalkingStart(_) => ChannelTalkingStart::NAME,
            Self::ChannelTalkingStop(_) => ChannelTalkingStop::NAME,
            Self::ChanSpyStart(_) => ChanSpyStart::NAME,
            Self::ChanSpyStop(_) => ChanSpyStop::NAME,
            Self::ConfbridgeEnd(_) => ConfbridgeEnd::NAME,
            Self::ConfbridgeJoin(_) => ConfbridgeJoin::NAME,
            Self::ConfbridgeLeave(_) => ConfbridgeLeave::NAME,
            Self::ConfbridgeList(_) => ConfbridgeList::NAME,
            Self::ConfbridgeListRooms(_) => ConfbridgeListRooms::NAME,
            Self::ConfbridgeMute(_) => ConfbridgeMute::NAME,
            Self::ConfbridgeRecord(_) => ConfbridgeRecord::NAME,
            Self::ConfbridgeStart(_) => ConfbridgeStart::NAME,
            Self::ConfbridgeStopRecord(_) => ConfbridgeStopRecord::NAME,
            Self::ConfbridgeTalking(_) => ConfbridgeTalking::NAME,
            Self::ConfbridgeUnmute(_) => ConfbridgeUnmute::NAME,
            Self::ContactList(_) => ContactList::NAME,
            Self::ContactStatus(_) => ContactStatus::NAME,
            Self::ContactStatusDetail(_) => ContactStatusDetail::NAME,
            Self::CoreShowChannel(_) => CoreShowChannel::NAME,
            Self::CoreShowChannelMapComplete(_) => CoreShowChannelMapComplete::NAME,
            Self::CoreShowChannelsComplete(_) => CoreShowChannelsComplete::NAME,
            Self::DAHDIChannel(_) => DAHDIChannel::NAME,
            Self::DeadlockStart(_) => DeadlockStart::NAME,
            Self::DeviceStateChange(_) => DeviceStateChange::NAME,
            Self::DeviceStateListComplete(_) => DeviceStateListComplete::NAME,
            Self::DialBegin(_) => DialBegin::NAME,
            Self::DialEnd(_) => DialEnd::NAME,
            Self::DialState(_) => DialState::NAME,
            Self::DNDState(_) => DNDState::NAME,
            Self::DTMFBegin(_) => DTMFBegin::NAME,
            Self::DTMFEnd(_) => DTMFEnd::NAME,
            Self::EndpointDetail(_) => EndpointDetail::NAME,
            Self::EndpointList(_) => EndpointList::NAME,
            Self::ExtensionStatus(_) => ExtensionStatus::NAME,
            Self::FailedACL(_) => FailedACL::NAME,
            Self::FAXSession(_) => FAXSession::NAME,
            Self::FAXSessionsComplete(_) => FAXSessionsComplete::NAME,
            Self::FAXSessionsEntry(_) => FAXSessionsEntry::NAME,
            Self::FAXStats(_) => FAXStats::NAME,
            Self::FAXStatus(_) => FAXStatus::NAME,
            Self::Flash(_) => Flash::NAME,
            Self::FullyBooted(_) => FullyBooted::NAME,
            Self::Hangup(_) => Hangup::NAME,
            Self::HangupHandlerPop(_) => HangupHandlerPop::NAME,
            Self::HangupHandlerPush(_) => HangupHandlerPush::NAME,
            Self::HangupHandlerRun(_) => HangupHandlerRun::NAME,
            Self::HangupRequest(_) => HangupRequest::NAME,
            Self::Hold(_) => Hold::NAME,
            Self::IdentifyDetail(_) => IdentifyDetail::NAME,
            Self::InboundRegistrationDetail(_) => InboundRegistrationDetail::NAME,
            Self::InboundSubscriptionDetail(_) => InboundSubscriptionDetail::NAME,
            Self::InvalidAccountID(_) => InvalidAccountID::NAME,
            Self::InvalidPassword(_) => InvalidPassword::NAME,
            Self::InvalidTransport(_) => InvalidTransport::NAME,
            Self::ListDialplan(_) => ListDialplan::NAME,
            Self::Load(_) => Load::NAME,
            Self::LoadAverageLimit(_) => LoadAverageLimit::NAME,
            Self::LocalBridge(_) => LocalBridge::NAME,
            Self::LocalOptimizationBegin(_) => LocalOptimizationBegin::NAME,
            Self::LocalOptimizationEnd(_) => LocalOptimizationEnd::NAME,
            Self::LogChannel(_) => LogChannel::NAME,
            Self::MCID(_) => MCID::NAME,
            Self::MeetmeEnd(_) => MeetmeEnd::NAME,
            Self::MeetmeJoin(_) => MeetmeJoin::NAME,
            Self::MeetmeLeave(_) => MeetmeLeave::NAME,
            Self::MeetmeList(_) => MeetmeList::NAME,
            Self::MeetmeListRooms(_) => MeetmeListRooms::NAME,
            Self::MeetmeMute(_) => MeetmeMute::NAME,
            Self::MeetmeTalking(_) => MeetmeTalking::NAME,
            Self::MeetmeTalkRequest(_) => MeetmeTalkRequest::NAME,
            Self::MemoryLimit(_) => MemoryLimit::NAME,
            Self::MessageWaiting(_) => MessageWaiting::NAME,
            Self::MiniVoiceMail(_) => MiniVoiceMail::NAME,
            Self::MixMonitorMute(_) => MixMonitorMute::NAME,
            Self::MixMonitorStart(_) => MixMonitorStart::NAME,
            Self::MixMonitorStop(_) => MixMonitorStop::NAME,
            Self::MusicOnHoldStart(_) => MusicOnHoldStart::NAME,
            Self::MusicOnHoldStop(_) => MusicOnHoldStop::NAME,
            Self::MWIGet(_) => MWIGet::NAME,
            Self::MWIGetComplete(_) => MWIGetComplete::NAME,
            Self::NewAccountCode(_) => NewAccountCode::NAME,
            Self::NewCallerid(_) => NewCallerid::NAME,
            Self::Newchannel(_) => Newchannel::NAME,
            Self::NewConnectedLine(_) => NewConnectedLine::NAME,
            Self::Newexten(_) => Newexten::NAME,
            Self::Newstate(_) => Newstate::NAME,
            Self::OriginateResponse(_) => OriginateResponse::NAME,
            Self::OutboundRegistrationDetail(_) => OutboundRegistrationDetail::NAME,
            Self::OutboundSubscriptionDetail(_) => OutboundSubscriptionDetail::NAME,
            Self::ParkedCall(_) => ParkedCall::NAME,
            Self::ParkedCallGiveUp(_) => ParkedCallGiveUp::NAME,
            Self::ParkedCallSwap(_) => ParkedCallSwap::NAME,
            Self::ParkedCallTimeOut(_) => ParkedCallTimeOut::NAME,
            Self::PeerStatus(_) => PeerStatus::NAME,
            Self::Pickup(_) => Pickup::NAME,
            Self::PJSIPMaintenanceStatus(_) => PJSIPMaintenanceStatus::NAME,
            Self::PresenceStateChange(_) => PresenceStateChange::NAME,
            Self::PresenceStatus(_) => PresenceStatus::NAME,
            Self::QueueCallerAbandon(_) => QueueCallerAbandon::NAME,
            Self::QueueCallerJoin(_) => QueueCallerJoin::NAME,
            Self::QueueCallerLeave(_) => QueueCallerLeave::NAME,
            Self::QueueEntry(_) => QueueEntry::NAME,
            Self::QueueMember(_) => QueueMember::NAME,
            Self::QueueMemberAdded(_) => QueueMemberAdded::NAME,
            Self::QueueMemberPause(_) => QueueMemberPause::NAME,
            Self::QueueMemberPenalty(_) => QueueMemberPenalty::NAME,
            Self::QueueMemberRemoved(_) => QueueMemberRemoved::NAME,
            Self::QueueMemberRinginuse(_) => QueueMemberRinginuse::NAME,
            Self::QueueMemberStatus(_) => QueueMemberStatus::NAME,
            Self::QueueParams(_) => QueueParams::NAME,
            Self::QueueStatusComplete(_) => QueueStatusComplete::NAME,
            Self::QueueSummary(_) => QueueSummary::NAME,
            Self::QueueSummaryComplete(_) => QueueSummaryComplete::NAME,
            Self::ReceiveFAX(_) => ReceiveFAX::NAME,
            Self::Registry(_) => Registry::NAME,
            Self::Reload(_) => Reload::NAME,
            Self::Rename(_) => Rename::NAME,
            Self::RequestBadFormat(_) => RequestBadFormat::NAME,
            Self::RequestNotAllowed(_) => RequestNotAllowed::NAME,
            Self::RequestNotSupported(_) => RequestNotSupported::NAME,
            Self::ResourceListDetail(_) => ResourceListDetail::NAME,
            Self::RTCPReceived(_) => RTCPReceived::NAME,
            Self::RTCPSent(_) => RTCPSent::NAME,
            Self::SendFAX(_) => SendFAX::NAME,
            Self::SessionLimit(_) => SessionLimit::NAME,
            Self::ShowDialPlanComplete(_) => ShowDialPlanComplete::NAME,
            Self::Shutdown(_) => Shutdown::NAME,
            Self::SoftHangupRequest(_) => SoftHangupRequest::NAME,
            Self::SpanAlarm(_) => SpanAlarm::NAME,
            Self::SpanAlarmClear(_) => SpanAlarmClear::NAME,
            Self::Status(_) => Status::NAME,
            Self::StatusComplete(_) => StatusComplete::NAME,
            Self::SuccessfulAuth(_) => SuccessfulAuth::NAME,
            Self::TransportDetail(_) => TransportDetail::NAME,
            Self::UnexpectedAddress(_) => UnexpectedAddress::NAME,
            Self::Unhold(_) => Unhold::NAME,
            Self::Unload(_) => Unload::NAME,
            Self::UnParkedCall(_) => UnParkedCall::NAME,
            Self::UserEvent(_) => UserEvent::NAME,
            Self::VarSet(_) => VarSet::NAME,
            Self::VoicemailPasswordChange(_) => VoicemailPasswordChange::NAME,
            Self::Wink(_) => Wink::NAME,
        }
    }

    /// Parses every numeric header of the view.
    ///
    /// # Errors
    /// The first header that does not parse.
    pub fn validate(&self) -> Result<(), FieldError> {
        match self {
            Self::AgentCalled(v) => v.validate(),
            Self::AgentComplete(v) => v.validate(),
            Self::AgentConnect(v) => v.validate(),
            Self::AgentDump(v) => v.validate(),
            Self::AgentLogin(v) => v.validate(),
            Self::AgentLogoff(v) => v.validate(),
            Self::AgentRingNoAnswer(v) => v.validate(),
            Self::Agents(v) => v.validate(),
            Self::AgentsComplete(v) => v.validate(),
            Self::AGIExecEnd(v) => v.validate(),
            Self::AGIExecStart(v) => v.validate(),
            Self::Alarm(v) => v.validate(),
            Self::AlarmClear(v) => v.validate(),
            Self::AOCD(v) => v.validate(),
            Self::AOCE(v) => v.validate(),
            Self::AOCS(v) => v.validate(),
            Self::AorDetail(v) => v.validate(),
            Self::AorList(v) => v.validate(),
            Self::AsyncAGIEnd(v) => v.validate(),
            Self::AsyncAGIExec(v) => v.validate(),
            Self::AsyncAGIStart(v) => v.validate(),
            Self::AttendedTransfer(v) => v.validate(),
            Self::AuthDetail(v) => v.validate(),
            Self::AuthList(v) => v.validate(),
            Self::AuthMethodNotAllowed(v) => v.validate(),
            Self::BlindTransfer(v) => v.validate(),
            Self::BridgeCreate(v) => v.validate(),
            Self::BridgeDestroy(v) => v.validate(),
            Self::BridgeEnter(v) => v.validate(),
            Self::BridgeLeave(v) => v.validate(),
            Self::BridgeMerge(v) => v.validate(),
            Self::BridgeVideoSourceUpdate(v) => v.validate(),
            Self::Cdr(v) => v.validate(),
            Self::CEL(v) => v.validate(),
            Self::ChallengeResponseFailed(v) => v.validate(),
            Self::ChallengeSent(v) => v.validate(),
            Self::ChannelHungup(v) => v.validate(),
            Self::ChannelsHungupListComplete(v) => v.validate(),
            Self::ChannelTalkingStart(v) => v.validate(),
            Self::ChannelTalkingStop(v) => v.validate(),
            Self::ChanSpyStart(v) => v.validate(),
            Self::ChanSpyStop(v) => v.validate(),
            Self::ConfbridgeEnd(v) => v.validate(),
            Self::ConfbridgeJoin(v) => v.validate(),
            Self::ConfbridgeLeave(v) => v.validate(),
            Self::ConfbridgeList(v) => v.validate(),
            Self::ConfbridgeListRooms(v) => v.validate(),
            Self::ConfbridgeMute(v) => v.validate(),
            Self::ConfbridgeRecord(v) => v.validate(),
            Self::ConfbridgeStart(v) => v.validate(),
            Self::ConfbridgeStopRecord(v) => v.validate(),
            Self::ConfbridgeTalking(v) => v.validate(),
            Self::ConfbridgeUnmute(v) => v.validate(),
            Self::ContactList(v) => v.validate(),
            Self::ContactStatus(v) => v.validate(),
            Self::ContactStatusDetail(v) => v.validate(),
            Self::CoreShowChannel(v) => v.validate(),
            Self::CoreShowChannelMapComplete(v) => v.validate(),
            Self::CoreShowChannelsComplete(v) => v.validate(),
            Self::DAHDIChannel(v) => v.validate(),
            Self::DeadlockStart(v) => v.validate(),
            Self::DeviceStateChange(v) => v.validate(),
            Self::DeviceStateListComplete(v) => v.validate(),
            Self::DialBegin(v) => v.validate(),
            Self::DialEnd(v) => v.validate(),
            Self::DialState(v) => v.validate(),
            Self::DNDState(v) => v.validate(),
            Self::DTMFBegin(v) => v.validate(),
            Self::DTMFEnd(v) => v.validate(),
            Self::EndpointDetail(v) => v.validate(),
            Self::EndpointList(v) => v.validate(),
            Self::ExtensionStatus(v) => v.validate(),
            Self::FailedACL(v) => v.validate(),
            Self::FAXSession(v) => v.validate(),
            Self::FAXSessionsComplete(v) => v.validate(),
            Self::FAXSessionsEntry(v) => v.validate(),
            Self::FAXStats(v) => v.validate(),
            Self::FAXStatus(v) => v.validate(),
            Self::Flash(v) => v.validate(),
            Self::FullyBooted(v) => v.validate(),
            Self::Hangup(v) => v.validate(),
            Self::HangupHandlerPop(v) => v.validate(),
            Self::HangupHandlerPush(v) => v.validate(),
            Self::HangupHandlerRun(v) => v.validate(),
            Self::HangupRequest(v) => v.validate(),
            Self::Hold(v) => v.validate(),
            Self::IdentifyDetail(v) => v.validate(),
            Self::InboundRegistrationDetail(v) => v.validate(),
            Self::InboundSubscriptionDetail(v) => v.validate(),
            Self::InvalidAccountID(v) => v.validate(),
            Self::InvalidPassword(v) => v.validate(),
            Self::InvalidTransport(v) => v.validate(),
            Self::ListDialplan(v) => v.validate(),
            Self::Load(v) => v.validate(),
            Self::LoadAverageLimit(v) => v.validate(),
            Self::LocalBridge(v) => v.validate(),
            Self::LocalOptimizationBegin(v) => v.validate(),
            Self::LocalOptimizationEnd(v) => v.validate(),
            Self::LogChannel(v) => v.validate(),
            Self::MCID(v) => v.validate(),
            Self::MeetmeEnd(v) => v.validate(),
            Self::MeetmeJoin(v) => v.validate(),
            Self::MeetmeLeave(v) => v.validate(),
            Self::MeetmeList(v) => v.validate(),
            Self::MeetmeListRooms(v) => v.validate(),
            Self::MeetmeMute(v) => v.validate(),
            Self::MeetmeTalking(v) => v.validate(),
            Self::MeetmeTalkRequest(v) => v.validate(),
            Self::MemoryLimit(v) => v.validate(),
            Self::MessageWaiting(v) => v.validate(),
            Self::MiniVoiceMail(v) => v.validate(),
            Self::MixMonitorMute(v) => v.validate(),
            Self::MixMonitorStart(v) => v.validate(),
            Self::MixMonitorStop(v) => v.validate(),
            Self::MusicOnHoldStart(v) => v.validate(),
            Self::MusicOnHoldStop(v) => v.validate(),
            Self::MWIGet(v) => v.validate(),
            Self::MWIGetComplete(v) => v.validate(),
            Self::NewAccountCode(v) => v.validate(),
            Self::NewCallerid(v) => v.validate(),
            Self::Newchannel(v) => v.validate(),
            Self::NewConnectedLine(v) => v.validate(),
            Self::Newexten(v) => v.validate(),
            Self::Newstate(v) => v.validate(),
            Self::OriginateResponse(v) => v.validate(),
            Self::OutboundRegistrationDetail(v) => v.validate(),
            Self::OutboundSubscriptionDetail(v) => v.validate(),
            Self::ParkedCall(v) => v.validate(),
            Self::ParkedCallGiveUp(v) => v.validate(),
            Self::ParkedCallSwap(v) => v.validate(),
            Self::ParkedCallTimeOut(v) => v.validate(),
            Self::PeerStatus(v) => v.validate(),
            Self::Pickup(v) => v.validate(),
            Self::PJSIPMaintenanceStatus(v) => v.validate(),
            Self::PresenceStateChange(v) => v.validate(),
            Self::PresenceStatus(v) => v.validate(),
            Self::QueueCallerAbandon(v) => v.validate(),
            Self::QueueCallerJoin(v) => v.validate(),
            Self::QueueCallerLeave(v) => v.validate(),
            Self::QueueEntry(v) => v.validate(),
            Self::QueueMember(v) => v.validate(),
            Self::QueueMemberAdded(v) => v.validate(),
            Self::QueueMemberPause(v) => v.validate(),
            Self::QueueMemberPenalty(v) => v.validate(),
            Self::QueueMemberRemoved(v) => v.validate(),
            Self::QueueMemberRinginuse(v) => v.validate(),
            Self::QueueMemberStatus(v) => v.validate(),
            Self::QueueParams(v) => v.validate(),
            Self::QueueStatusComplete(v) => v.validate(),
            Self::QueueSummary(v) => v.validate(),
            Self::QueueSummaryComplete(v) => v.validate(),
            Self::ReceiveFAX(v) => v.validate(),
            Self::Registry(v) => v.validate(),
            Self::Reload(v) => v.validate(),
            Self::Rename(v) => v.validate(),
            Self::RequestBadFormat(v) => v.validate(),
            Self::RequestNotAllowed(v) => v.validate(),
            Self::RequestNotSupported(v) => v.validate(),
            Self::ResourceListDetail(v) => v.validate(),
            Self::RTCPReceived(v) => v.validate(),
            Self::RTCPSent(v) => v.validate(),
            Self::SendFAX(v) => v.validate(),
            Self::SessionLimit(v) => v.validate(),
            Self::ShowDialPlanComplete(v) => v.validate(),
            Self::Shutdown(v) => v.validate(),
            Self::SoftHangupRequest(v) => v.validate(),
            Self::SpanAlarm(v) => v.validate(),
            Self::SpanAlarmClear(v) => v.validate(),
            Self::Status(v) => v.validate(),
            Self::StatusComplete(v) => v.validate(),
            Self::SuccessfulAuth(v) => v.validate(),
            Self::TransportDetail(v) => v.validate(),
            Self::UnexpectedAddress(v) => v.validate(),
            Self::Unhold(v) => v.validate(),
            Self::Unload(v) => v.validate(),
            Self::UnParkedCall(v) => v.validate(),
            Self::UserEvent(v) => v.validate(),
            Self::VarSet(v) => v.validate(),
            Self::VoicemailPasswordChange(v) => v.validate(),
            Self::Wink(v) => v.validate(),
        }
    }

    /// The whole message.
    pub fn as_message(&self) -> &'a Message {
        match self {
            Self::AgentCalled(v) => v.msg,
            Self::AgentComplete(v) => v.msg,
            Self::AgentConnect(v) => v.msg,
            Self::AgentDump(v) => v.msg,
            Self::AgentLogin(v) => v.msg,
            Self::AgentLogoff(v) => v.msg,
            Self::AgentRingNoAnswer(v) => v.msg,
            Self::Agents(v) => v.msg,
            Self::AgentsComplete(v) => v.msg,
            Self::AGIExecEnd(v) => v.msg,
            Self::AGIExecStart(v) => v.msg,
            Self::Alarm(v) => v.msg,
            Self::AlarmClear(v) => v.msg,
            Self::AOCD(v) => v.msg,
            Self::AOCE(v) => v.msg,
            Self::AOCS(v) => v.msg,
            Self::AorDetail(v) => v.msg,
            Self::AorList(v) => v.msg,
            Self::AsyncAGIEnd(v) => v.msg,
            Self::AsyncAGIExec(v) => v.msg,
            Self::AsyncAGIStart(v) => v.msg,
            Self::AttendedTransfer(v) => v.msg,
            Self::AuthDetail(v) => v.msg,
            Self::AuthList(v) => v.msg,
            Self::AuthMethodNotAllowed(v) => v.msg,
            Self::BlindTransfer(v) => v.msg,
            Self::BridgeCreate(v) => v.msg,
            Self::BridgeDestroy(v) => v.msg,
            Self::BridgeEnter(v) => v.msg,
            Self::BridgeLeave(v) => v.msg,
            Self::BridgeMerge(v) => v.msg,
            Self::BridgeVideoSourceUpdate(v) => v.msg,
            Self::Cdr(v) => v.msg,
            Self::CEL(v) => v.msg,
            Self::ChallengeResponseFailed(v) => v.msg,
            Self::ChallengeSent(v) => v.msg,
            Self::ChannelHungup(v) => v.msg,
            Self::ChannelsHungupListComplete(v) => v.msg,
            Self::ChannelTalkingStart(v) => v.msg,
            Self::ChannelTalkingStop(v) => v.msg,
            Self::ChanSpyStart(v) => v.msg,
            Self::ChanSpyStop(v) => v.msg,
            Self::ConfbridgeEnd(v) => v.msg,
            Self::ConfbridgeJoin(v) => v.msg,
            Self::ConfbridgeLeave(v) => v.msg,
            Self::ConfbridgeList(v) => v.msg,
            Self::ConfbridgeListRooms(v) => v.msg,
            Self::ConfbridgeMute(v) => v.msg,
            Self::ConfbridgeRecord(v) => v.msg,
            Self::ConfbridgeStart(v) => v.msg,
            Self::ConfbridgeStopRecord(v) => v.msg,
            Self::ConfbridgeTalking(v) => v.msg,
            Self::ConfbridgeUnmute(v) => v.msg,
            Self::ContactList(v) => v.msg,
            Self::ContactStatus(v) => v.msg,
            Self::ContactStatusDetail(v) => v.msg,
            Self::CoreShowChannel(v) => v.msg,
            Self::CoreShowChannelMapComplete(v) => v.msg,
            Self::CoreShowChannelsComplete(v) => v.msg,
            Self::DAHDIChannel(v) => v.msg,
            Self::DeadlockStart(v) => v.msg,
            Self::DeviceStateChange(v) => v.msg,
            Self::DeviceStateListComplete(v) => v.msg,
            Self::DialBegin(v) => v.msg,
            Self::DialEnd(v) => v.msg,
            Self::DialState(v) => v.msg,
            Self::DNDState(v) => v.msg,
            Self::DTMFBegin(v) => v.msg,
            Self::DTMFEnd(v) => v.msg,
            Self::EndpointDetail(v) => v.msg,
            Self::EndpointList(v) => v.msg,
            Self::ExtensionStatus(v) => v.msg,
            Self::FailedACL(v) => v.msg,
            Self::FAXSession(v) => v.msg,
            Self::FAXSessionsComplete(v) => v.msg,
            Self::FAXSessionsEntry(v) => v.msg,
            Self::FAXStats(v) => v.msg,
            Self::FAXStatus(v) => v.msg,
            Self::Flash(v) => v.msg,
            Self::FullyBooted(v) => v.msg,
            Self::Hangup(v) => v.msg,
            Self::HangupHandlerPop(v) => v.msg,
            Self::HangupHandlerPush(v) => v.msg,
            Self::HangupHandlerRun(v) => v.msg,
            Self::HangupRequest(v) => v.msg,
            Self::Hold(v) => v.msg,
            Self::IdentifyDetail(v) => v.msg,
            Self::InboundRegistrationDetail(v) => v.msg,
            Self::InboundSubscriptionDetail(v) => v.msg,
            Self::InvalidAccountID(v) => v.msg,
            Self::InvalidPassword(v) => v.msg,
            Self::InvalidTransport(v) => v.msg,
            Self::ListDialplan(v) => v.msg,
            Self::Load(v) => v.msg,
            Self::LoadAverageLimit(v) => v.msg,
            Self::LocalBridge(v) => v.msg,
            Self::LocalOptimizationBegin(v) => v.msg,
            Self::LocalOptimizationEnd(v) => v.msg,
            Self::LogChannel(v) => v.msg,
            Self::MCID(v) => v.msg,
            Self::MeetmeEnd(v) => v.msg,
            Self::MeetmeJoin(v) => v.msg,
            Self::MeetmeLeave(v) => v.msg,
            Self::MeetmeList(v) => v.msg,
            Self::MeetmeListRooms(v) => v.msg,
            Self::MeetmeMute(v) => v.msg,
            Self::MeetmeTalking(v) => v.msg,
            Self::MeetmeTalkRequest(v) => v.msg,
            Self::MemoryLimit(v) => v.msg,
            Self::MessageWaiting(v) => v.msg,
            Self::MiniVoiceMail(v) => v.msg,
            Self::MixMonitorMute(v) => v.msg,
            Self::MixMonitorStart(v) => v.msg,
            Self::MixMonitorStop(v) => v.msg,
            Self::MusicOnHoldStart(v) => v.msg,
            Self::MusicOnHoldStop(v) => v.msg,
            Self::MWIGet(v) => v.msg,
            Self::MWIGetComplete(v) => v.msg,
            Self::NewAccountCode(v) => v.msg,
            Self::NewCallerid(v) => v.msg,
            Self::Newchannel(v) => v.msg,
            Self::NewConnectedLine(v) => v.msg,
            Self::Newexten(v) => v.msg,
            Self::Newstate(v) => v.msg,
            Self::OriginateResponse(v) => v.msg,
            Self::OutboundRegistrationDetail(v) => v.msg,
            Self::OutboundSubscriptionDetail(v) => v.msg,
            Self::ParkedCall(v) => v.msg,
            Self::ParkedCallGiveUp(v) => v.msg,
            Self::ParkedCallSwap(v) => v.msg,
            Self::ParkedCallTimeOut(v) => v.msg,
            Self::PeerStatus(v) => v.msg,
            Self::Pickup(v) => v.msg,
            Self::PJSIPMaintenanceStatus(v) => v.msg,
            Self::PresenceStateChange(v) => v.msg,
            Self::PresenceStatus(v) => v.msg,
            Self::QueueCallerAbandon(v) => v.msg,
            Self::QueueCallerJoin(v) => v.msg,
            Self::QueueCallerLeave(v) => v.msg,
            Self::QueueEntry(v) => v.msg,
            Self::QueueMember(v) => v.msg,
            Self::QueueMemberAdded(v) => v.msg,
            Self::QueueMemberPause(v) => v.msg,
            Self::QueueMemberPenalty(v) => v.msg,
            Self::QueueMemberRemoved(v) => v.msg,
            Self::QueueMemberRinginuse(v) => v.msg,
            Self::QueueMemberStatus(v) => v.msg,
            Self::QueueParams(v) => v.msg,
            Self::QueueStatusComplete(v) => v.msg,
            Self::QueueSummary(v) => v.msg,
            Self::QueueSummaryComplete(v) => v.msg,
            Self::ReceiveFAX(v) => v.msg,
            Self::Registry(v) => v.msg,
            Self::Reload(v) => v.msg,
            Self::Rename(v) => v.msg,
            Self::RequestBadFormat(v) => v.msg,
            Self::RequestNotAllowed(v) => v.msg,
            Self::RequestNotSupported(v) => v.msg,
            Self::ResourceListDetail(v) => v.msg,
            Self::RTCPReceived(v) => v.msg,
            Self::RTCPSent(v) => v.msg,
            Self::SendFAX(v) => v.msg,
            Self::SessionLimit(v) => v.msg,
            Self::ShowDialPlanComplete(v) => v.msg,
            Self::Shutdown(v) => v.msg,
            Self::SoftHangupRequest(v) => v.msg,
            Self::SpanAlarm(v) => v.msg,
            Self::SpanAlarmClear(v) => v.msg,
            Self::Status(v) => v.msg,
            Self::StatusComplete(v) => v.msg,
            Self::SuccessfulAuth(v) => v.msg,
            Self::TransportDetail(v) => v.msg,
            Self::UnexpectedAddress(v) => v.msg,
            Self::Unhold(v) => v.msg,
            Self::Unload(v) => v.msg,
            Self::UnParkedCall(v) => v.msg,
            Self::UserEvent(v) => v.msg,
            Self::VarSet(v) => v.msg,
            Self::VoicemailPasswordChange(v) => v.msg,
            Self::Wink(v) => v.msg,
        }
    }
}

/// Every typed event: `(name, documented)`; `documented` is false for events seen only in the captures.
pub static TYPED_EVENTS: &[(&str, bool)] = &[
    ("AgentCalled", true),
    ("AgentComplete", true),
    ("AgentConnect", true),
    ("AgentDump", true),
    ("AgentLogin", true),
    ("AgentLogoff", true),
    ("AgentRingNoAnswer", true),
    ("Agents", true),
    ("AgentsComplete", true),
    ("AGIExecEnd", true),
    ("AGIExecStart", true),
    ("Alarm", true),
    ("AlarmClear", true),
    ("AOC-D", true),
    ("AOC-E", true),
    ("AOC-S", true),
    ("AorDetail", true),
    ("AorList", true),
    ("AsyncAGIEnd", true),
    ("AsyncAGIExec", true),
    ("AsyncAGIStart", true),
    ("AttendedTransfer", true),
    ("AuthDetail", true),
    ("AuthList", true),
    ("AuthMethodNotAllowed", true),
    ("BlindTransfer", true),
    ("BridgeCreate", true),
    ("BridgeDestroy", true),
    ("BridgeEnter", true),
    ("BridgeLeave", true),
    ("BridgeMerge", true),
    ("BridgeVideoSourceUpdate", true),
    ("Cdr", true),
    ("CEL", true),
    ("ChallengeResponseFailed", true),
    ("ChallengeSent", true),
    ("ChannelHungup", false),
    ("ChannelsHungupListComplete", false),
    ("ChannelTalkingStart", true),
    ("ChannelTalkingStop", true),
    ("ChanSpyStart", true),
    ("ChanSpyStop", true),
    ("ConfbridgeEnd", true),
    ("ConfbridgeJoin", true),
    ("ConfbridgeLeave", true),
    ("ConfbridgeList", true),
    ("ConfbridgeListRooms", true),
    ("ConfbridgeMute", true),
    ("ConfbridgeRecord", true),
    ("ConfbridgeStart", true),
    ("ConfbridgeStopRecord", true),
    ("ConfbridgeTalking", true),
    ("ConfbridgeUnmute", true),
    ("ContactList", true),
    ("ContactStatus", true),
    ("ContactStatusDetail", true),
    ("CoreShowChannel", true),
    ("CoreShowChannelMapComplete", true),
    ("CoreShowChannelsComplete", true),
    ("DAHDIChannel", true),
    ("DeadlockStart", true),
    ("DeviceStateChange", true),
    ("DeviceStateListComplete", false),
    ("DialBegin", true),
    ("DialEnd", true),
    ("DialState", true),
    ("DNDState", true),
    ("DTMFBegin", true),
    ("DTMFEnd", true),
    ("EndpointDetail", true),
    ("EndpointList", true),
    ("ExtensionStatus", true),
    ("FailedACL", true),
    ("FAXSession", true),
    ("FAXSessionsComplete", true),
    ("FAXSessionsEntry", true),
    ("FAXStats", true),
    ("FAXStatus", true),
    ("Flash", true),
    ("FullyBooted", true),
    ("Hangup", true),
    ("HangupHandlerPop", true),
    ("HangupHandlerPush", true),
    ("HangupHandlerRun", true),
    ("HangupRequest", true),
    ("Hold", true),
    ("IdentifyDetail", true),
    ("InboundRegistrationDetail", true),
    ("InboundSubscriptionDetail", true),
    ("InvalidAccountID", true),
    ("InvalidPassword", true),
    ("InvalidTransport", true),
    ("ListDialplan", false),
    ("Load", true),
    ("LoadAverageLimit", true),
    ("LocalBridge", true),
    ("LocalOptimizationBegin", true),
    ("LocalOptimizationEnd", true),
    ("LogChannel", true),
    ("MCID", true),
    ("MeetmeEnd", true),
    ("MeetmeJoin", true),
    ("MeetmeLeave", true),
    ("MeetmeList", true),
    ("MeetmeListRooms", true),
    ("MeetmeMute", true),
    ("MeetmeTalking", true),
    ("MeetmeTalkRequest", true),
    ("MemoryLimit", true),
    ("MessageWaiting", true),
    ("MiniVoiceMail", true),
    ("MixMonitorMute", true),
    ("MixMonitorStart", true),
    ("MixMonitorStop", true),
    ("MusicOnHoldStart", true),
    ("MusicOnHoldStop", true),
    ("MWIGet", true),
    ("MWIGetComplete", true),
    ("NewAccountCode", true),
    ("NewCallerid", true),
    ("Newchannel", true),
    ("NewConnectedLine", true),
    ("Newexten", true),
    ("Newstate", true),
    ("OriginateResponse", true),
    ("OutboundRegistrationDetail", true),
    ("OutboundSubscriptionDetail", true),
    ("ParkedCall", true),
    ("ParkedCallGiveUp", true),
    ("ParkedCallSwap", true),
    ("ParkedCallTimeOut", true),
    ("PeerStatus", true),
    ("Pickup", true),
    ("PJSIPMaintenanceStatus", true),
    ("PresenceStateChange", true),
    ("PresenceStatus", true),
    ("QueueCallerAbandon", true),
    ("QueueCallerJoin", true),
    ("QueueCallerLeave", true),
    ("QueueEntry", true),
    ("QueueMember", false),
    ("QueueMemberAdded", true),
    ("QueueMemberPause", true),
    ("QueueMemberPenalty", true),
    ("QueueMemberRemoved", true),
    ("QueueMemberRinginuse", true),
    ("QueueMemberStatus", true),
    ("QueueParams", true),
    ("QueueStatusComplete", false),
    ("QueueSummary", false),
    ("QueueSummaryComplete", false),
    ("ReceiveFAX", true),
    ("Registry", true),
    ("Reload", true),
    ("Rename", true),
    ("RequestBadFormat", true),
    ("RequestNotAllowed", true),
    ("RequestNotSupported", true),
    ("ResourceListDetail", true),
    ("RTCPReceived", true),
    ("RTCPSent", true),
    ("SendFAX", true),
    ("SessionLimit", true),
    ("ShowDialPlanComplete", false),
    ("Shutdown", true),
    ("SoftHangupRequest", true),
    ("SpanAlarm", true),
    ("SpanAlarmClear", true),
    ("Status", true),
    ("StatusComplete", true),
    ("SuccessfulAuth", true),
    ("TransportDetail", true),
    ("UnexpectedAddress", true),
    ("Unhold", true),
    ("Unload", true),
    ("UnParkedCall", true),
    ("UserEvent", true),
    ("VarSet", true),
    ("VoicemailPasswordChange", true),
    ("Wink", true),
];

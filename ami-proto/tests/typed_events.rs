//! Every event in the captures decodes to its typed view; the coverage of
//! the spec by the captures is reported.

mod common;

use std::collections::BTreeMap;

use ami_proto::events::{
    AttendedTransfer, BridgeEnter, DialBegin, EventView, Hangup, LocalBridge, Newchannel,
    TYPED_EVENTS, TypedEvent,
};
use ami_proto::{Decoder, Message};

fn all_capture_events() -> Vec<(String, Message)> {
    let mut out = Vec::new();
    for file in common::corpus_files() {
        for m in common::messages(&common::corpus(&file)) {
            if m.is_event() {
                out.push((file.clone(), m));
            }
        }
    }
    out
}

#[test]
fn every_captured_event_has_a_typed_view_and_its_numbers_parse() {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut untyped: BTreeMap<String, String> = BTreeMap::new();
    for (file, m) in all_capture_events() {
        let name = m.event_name().unwrap().into_owned();
        *seen.entry(name.clone()).or_default() += 1;
        match m.typed() {
            Some(t) => {
                assert!(t.name().eq_ignore_ascii_case(&name));
                assert!(std::ptr::eq(t.as_message(), &m));
                if let Err(e) = t.validate() {
                    panic!("{file}: {name}: {e}");
                }
            }
            None => {
                untyped.entry(name).or_insert(file);
            }
        }
    }
    let documented = TYPED_EVENTS.iter().filter(|(_, d)| *d).count();
    let seen_documented = seen
        .keys()
        .filter(|n| {
            TYPED_EVENTS
                .iter()
                .any(|(t, d)| *d && t.eq_ignore_ascii_case(n))
        })
        .count();
    println!(
        "spec coverage: {} event names in the captures; {seen_documented} of the {documented} \
         documented events seen; {} typed views in all ({} from captures only)",
        seen.len(),
        TYPED_EVENTS.len(),
        TYPED_EVENTS.len() - documented
    );
    assert!(
        untyped.is_empty(),
        "events without a typed view: {untyped:?}"
    );
    assert_eq!(documented, 171);
}

#[test]
fn every_event_of_the_shared_corpus_stream_is_typed() {
    let bytes = common::corpus("event_stream.raw");
    let msgs = common::messages(&bytes);
    let events: Vec<&Message> = msgs.iter().filter(|m| m.is_event()).collect();
    assert!(events.len() > 3000);
    assert!(events.iter().all(|m| m.typed().is_some()));
}

fn one(text: &str) -> Message {
    let mut dec = Decoder::new();
    dec.set_expect_banner(false);
    dec.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    dec.next().unwrap().unwrap()
}

#[test]
fn accessors_read_snapshots_numbers_and_extra_headers() {
    let m = one(
        "Event: Hangup\nPrivilege: call,all\nChannel: PJSIP/100-1\nChannelState: 6\n\
                 ChannelStateDesc: Up\nUniqueid: pbx-1.1\nLinkedid: pbx-1.0\nPriority: 1\n\
                 Cause: 16\nCause-txt: Normal Clearing\nX-Extra: yes\n\n",
    );
    let Some(TypedEvent::Hangup(h)) = m.typed() else {
        panic!("not a hangup")
    };
    assert_eq!(h.cause(), Some(Ok(16)));
    assert_eq!(h.cause_txt().unwrap(), "Normal Clearing");
    assert_eq!(h.tech_cause(), None);
    let ch = h.channel();
    assert!(ch.is_present());
    assert_eq!(ch.name().unwrap(), "PJSIP/100-1");
    assert_eq!(ch.state(), Some(Ok(6)));
    assert_eq!(ch.state_desc().unwrap().to_str().unwrap(), "Up");
    assert_eq!(ch.uniqueid().unwrap(), "pbx-1.1");
    assert_eq!(ch.priority(), Some(Ok(1)));
    assert_eq!(h.as_message().get("X-Extra"), Some(&b"yes"[..]));
    assert!(Hangup::from_message(&m).is_some());
    assert!(Newchannel::from_message(&m).is_none());

    let bad = one("Event: Hangup\nCause: sixteen\n\n");
    let err = Hangup::from_message(&bad)
        .unwrap()
        .cause()
        .unwrap()
        .unwrap_err();
    assert_eq!(err.header(), "Cause");
    assert_eq!(err.value(), "sixteen");
    assert!(bad.typed().unwrap().validate().is_err());
    // Empty numbers read as absent.
    let empty = one("Event: Hangup\nCause: \n\n");
    assert_eq!(Hangup::from_message(&empty).unwrap().cause(), None);
}

#[test]
fn prefixed_snapshots_in_real_events() {
    let msgs = common::messages(&common::corpus("event_stream.raw"));
    let dial = msgs
        .iter()
        .find_map(DialBegin::from_message)
        .expect("a DialBegin");
    assert!(dial.dest_channel().is_present());
    assert_ne!(dial.dest_channel().uniqueid(), dial.channel().uniqueid());
    assert!(dial.dest_channel().name().is_some());
    let enter = msgs
        .iter()
        .find_map(BridgeEnter::from_message)
        .expect("a BridgeEnter");
    assert!(enter.bridge().num_channels().unwrap().unwrap() >= 1);
    assert!(enter.bridge().uniqueid().is_some());
    let local = msgs
        .iter()
        .find_map(LocalBridge::from_message)
        .expect("a LocalBridge");
    assert!(local.local_one_channel().name().is_some());
    assert!(local.local_two_channel().name().is_some());
    let newch = msgs
        .iter()
        .find_map(Newchannel::from_message)
        .expect("a Newchannel");
    assert!(
        newch
            .channel()
            .uniqueid()
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("realpeer-a-")
    );

    let m = one(
        "Event: AttendedTransfer\nResult: Success\nOrigTransfererChannel: A\n\
                 OrigTransfererUniqueid: 1\nSecondTransfererChannel: B\nOrigBridgeUniqueid: br\n\n",
    );
    let t = AttendedTransfer::from_message(&m).unwrap();
    assert_eq!(t.orig_transferer_channel().name().unwrap(), "A");
    assert_eq!(t.second_transferer_channel().name().unwrap(), "B");
    assert_eq!(t.orig_bridge().uniqueid().unwrap(), "br");
    assert!(!t.transfer_target_channel().is_present());
}

fn name_of<E: EventView>() -> &'static str {
    E::NAME
}

#[test]
fn event_view_names_the_event() {
    assert_eq!(name_of::<Hangup>(), "Hangup");
    let m = one("Event: newchannel\nUniqueid: 1\n\n");
    assert!(<Newchannel as EventView>::view(&m).is_some());
    assert!(matches!(m.typed(), Some(TypedEvent::Newchannel(_))));
    assert!(one("Response: Success\n\n").typed().is_none());
    assert!(one("Event: SomethingNew\n\n").typed().is_none());
}

//! Building the frames the simulator sends, with ami-proto's server writer.

use ami_proto::{EncodeError, HeaderWriter, encode_frame};

/// Appends one frame of `headers` to `out`. Values come from the simulator
/// or echo the client's (already CR/LF-free) values, so encoding cannot
/// fail; a value that still would is replaced rather than panicking.
pub(crate) fn frame(out: &mut Vec<u8>, headers: &[(&str, &str)]) {
    let res = encode_frame(out, |w| write_all(w, headers));
    if res.is_err() {
        let _ = encode_frame(out, |w| {
            w.header("Response", "Error")?
                .header("Message", "simulator could not encode a reply")?;
            Ok(())
        });
    }
}

fn write_all(w: &mut HeaderWriter<'_>, headers: &[(&str, &str)]) -> Result<(), EncodeError> {
    for (k, v) in headers {
        w.header(k, v)?;
    }
    Ok(())
}

/// `Response: Success` (or another response), the ActionID when given, then
/// the rest.
pub(crate) fn response(out: &mut Vec<u8>, resp: &str, id: Option<&str>, rest: &[(&str, &str)]) {
    let mut h: Vec<(&str, &str)> = Vec::with_capacity(rest.len() + 2);
    h.push(("Response", resp));
    if let Some(id) = id {
        h.push(("ActionID", id));
    }
    h.extend_from_slice(rest);
    frame(out, &h);
}

/// `Response: Error` with a message.
pub(crate) fn error(out: &mut Vec<u8>, id: Option<&str>, message: &str) {
    response(out, "Error", id, &[("Message", message)]);
}

/// An event: `Event`, then `ActionID` when given (list items), then the rest.
pub(crate) fn event(out: &mut Vec<u8>, name: &str, id: Option<&str>, rest: &[(&str, &str)]) {
    let mut h: Vec<(&str, &str)> = Vec::with_capacity(rest.len() + 2);
    h.push(("Event", name));
    if let Some(id) = id {
        h.push(("ActionID", id));
    }
    h.extend_from_slice(rest);
    frame(out, &h);
}

/// The end of an event list.
pub(crate) fn list_complete(out: &mut Vec<u8>, name: &str, id: Option<&str>, items: usize) {
    let n = items.to_string();
    event(
        out,
        name,
        id,
        &[("EventList", "Complete"), ("ListItems", &n)],
    );
}

/// The start of an event list.
pub(crate) fn list_start(out: &mut Vec<u8>, id: Option<&str>, message: &str) {
    response(
        out,
        "Success",
        id,
        &[("EventList", "start"), ("Message", message)],
    );
}

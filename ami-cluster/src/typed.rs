//! Listeners by event type: [`AmiClientManager::on`] with a typed view from
//! [`ami_proto::events`], beside the string form
//! [`AmiClientManager::on_event`].

use std::ops::Deref;

use ami_proto::events::EventView;

use crate::{AmiClientManager, ListenerId, ServerEvent};

/// What an [`AmiClientManager::on`] listener receives: the typed view
/// (this derefs to it, so `ev.cause()` works) and the event it views, with
/// its server.
#[derive(Debug, Clone, Copy)]
pub struct TypedServerEvent<'a, V> {
    /// The event, with the key of the server it came from.
    pub event: &'a ServerEvent,
    /// The typed view of `event.message`.
    pub view: V,
}

impl<'a, V> TypedServerEvent<'a, V> {
    /// The key of the server the event came from.
    pub fn server_key(&self) -> &'a str {
        &self.event.server_key
    }
}

impl<V> Deref for TypedServerEvent<'_, V> {
    type Target = V;

    fn deref(&self) -> &V {
        &self.view
    }
}

impl AmiClientManager {
    /// Calls `f` with a typed view of every `E` event (`E` is a view type
    /// of [`ami_proto::events`]; its name is compared ignoring ASCII case).
    /// Built on [`AmiClientManager::on_event`]: the same ordering, the same
    /// [`AmiClientManager::remove_listener`].
    ///
    /// ```no_run
    /// use ami_cluster::AmiClientManager;
    /// use ami_cluster::events::Hangup;
    ///
    /// let mut m = AmiClientManager::new().unwrap();
    /// m.on::<Hangup>(|_, ev| {
    ///     let cause = ev.cause().and_then(Result::ok).unwrap_or(0);
    ///     println!("{}: {:?} hung up, cause {cause}", ev.server_key(), ev.channel().name());
    /// });
    /// ```
    pub fn on<E: EventView + 'static>(
        &mut self,
        mut f: impl for<'a> FnMut(&mut Self, TypedServerEvent<'a, E::View<'a>>) + Send + 'static,
    ) -> ListenerId {
        self.on_event(E::NAME, move |mgr, event| {
            if let Some(view) = E::view(&event.message) {
                f(mgr, TypedServerEvent { event, view });
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use ami_conn::ConnConfig;
    use ami_proto::events::{Hangup, Newchannel};

    use crate::AmiClientManager;

    /// A one-shot server: banner, accepts the login, then two events.
    fn server() -> std::net::SocketAddr {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        std::thread::spawn(move || {
            let (mut s, _) = l.accept().unwrap();
            s.write_all(b"Asterisk Call Manager/11.0.0\r\n").unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut id = String::new();
            let mut line = String::new();
            while r.read_line(&mut line).unwrap() > 0 {
                if let Some(v) = line.strip_prefix("ActionID: ") {
                    id = v.trim().to_owned();
                }
                if line == "\r\n" {
                    break;
                }
                line.clear();
            }
            let reply = format!(
                "Response: Success\r\nActionID: {id}\r\nMessage: Authentication accepted\r\n\r\n\
                 Event: Newchannel\r\nChannel: PJSIP/1-1\r\nUniqueid: u.1\r\n\r\n\
                 Event: Hangup\r\nChannel: PJSIP/1-1\r\nUniqueid: u.1\r\nCause: 16\r\n\r\n"
            );
            s.write_all(reply.as_bytes()).unwrap();
            std::thread::sleep(Duration::from_secs(2));
        });
        addr
    }

    #[test]
    fn typed_listeners_get_their_views() {
        let mut m = AmiClientManager::new().unwrap();
        let mut cfg = ConnConfig::new("a", "admin", "amp111");
        cfg.connect_timeout = Duration::from_secs(2);
        m.add_server(crate::ServerConfig::new(server(), cfg))
            .unwrap();
        let got = Arc::new(Mutex::new(Vec::new()));
        let g = got.clone();
        m.on::<Hangup>(move |_, ev| {
            g.lock().unwrap().push(format!(
                "{} {:?} {}",
                ev.server_key(),
                ev.cause(),
                ev.channel().uniqueid().unwrap()
            ));
        });
        let g = got.clone();
        m.on::<Newchannel>(move |_, ev| {
            g.lock()
                .unwrap()
                .push(format!("new {}", ev.channel().name().unwrap()));
        });
        let deadline = Instant::now() + Duration::from_secs(5);
        while got.lock().unwrap().len() < 2 && Instant::now() < deadline {
            m.tick_all(20).unwrap();
        }
        assert_eq!(
            *got.lock().unwrap(),
            ["new PJSIP/1-1", "a Some(Ok(16)) u.1"]
        );
    }
}

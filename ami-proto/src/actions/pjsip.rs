//! PJSIP endpoint listings.

use crate::Completion;
use crate::actions::string_action;

string_action! {
    /// `PJSIPShowEndpoints`: one `EndpointList` event per endpoint.
    PJSIPShowEndpoints => "PJSIPShowEndpoints", Completion::list("EndpointListComplete");
}

string_action! {
    /// `PJSIPShowEndpoint`: the details of one endpoint (`EndpointDetail`,
    /// `AorDetail`, `AuthDetail`, ... events).
    PJSIPShowEndpoint => "PJSIPShowEndpoint", Completion::list("EndpointDetailComplete");
    required {
        /// The endpoint name.
        endpoint: "Endpoint",
    }
    optional {}
}

//! The address a request came from, for throttling failed logins. Behind a reverse proxy every
//! request arrives from the proxy: its `X-Forwarded-For` is believed only when the peer is one
//! of the configured trusted proxies (`SAMVERKAN_TRUSTED_PROXIES`).

use std::net::IpAddr;

use actix_web::HttpRequest;
use actix_web::http::header::HeaderMap;
use ipnet::IpNet;

/// The client's address: the peer, or — when the peer is a trusted proxy — the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy.
pub fn client_address(req: &HttpRequest, trusted: &[IpNet]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    Some(through_proxies(peer, req.headers(), trusted))
}

fn through_proxies(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        // A hop that is not an address was written by someone we cannot trust: stop there.
        let Ok(ip) = hop.parse::<IpAddr>() else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append(HeaderName::from_static("x-forwarded-for"), HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let proxies = crate::config::parse_networks("10.0.0.0/8").unwrap();
        // No trusted proxy configured: the peer, whatever the header says.
        assert_eq!(through_proxies(ip("10.0.0.2"), &headers(&["203.0.113.9"]), &[]), ip("10.0.0.2"));
        // A direct client cannot pretend to be someone else.
        assert_eq!(through_proxies(ip("198.51.100.7"), &headers(&["203.0.113.9"]), &proxies), ip("198.51.100.7"));
        // Behind the proxy: the address the proxy saw, not what the client claimed before it.
        assert_eq!(through_proxies(ip("10.0.0.2"), &headers(&["1.2.3.4, 203.0.113.9"]), &proxies), ip("203.0.113.9"));
        // Two trusted hops, and several headers.
        assert_eq!(
            through_proxies(ip("10.0.0.2"), &headers(&["203.0.113.9", "10.0.0.3"]), &proxies),
            ip("203.0.113.9")
        );
        // Garbage stops the walk at the last trusted hop.
        assert_eq!(through_proxies(ip("10.0.0.2"), &headers(&["nonsense"]), &proxies), ip("10.0.0.2"));
    }
}

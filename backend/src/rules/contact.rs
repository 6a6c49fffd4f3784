//! Contact values: e-mail addresses, phone numbers and web addresses.

/// A plausible e-mail address: one `@`, something before it, a dotted domain after, no spaces.
pub fn is_email(v: &str) -> bool {
    let mut parts = v.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(local), Some(domain), None)
        if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'))
        && v.len() <= 254
        && !v.contains(char::is_whitespace)
}

/// A phone number as people write them: digits, spaces, `+`, `-` and parentheses, five digits or more.
pub fn is_phone(v: &str) -> bool {
    v.chars().filter(char::is_ascii_digit).count() >= 5 && v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

pub fn is_url(v: &str) -> bool {
    (v.starts_with("https://") || v.starts_with("http://")) && v.len() > 10 && !v.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_as_people_write_them() {
        assert!(is_email("registrator@stockholm.se"));
        assert!(!is_email("a@b") && !is_email("a b@c.se") && !is_email("@c.se") && !is_email("a@@c.se"));
        assert!(is_phone("08-508 290 00") && is_phone("+46 8 508 290 00") && is_phone("114 14"));
        assert!(!is_phone("call me") && !is_phone("112"));
        assert!(is_url("https://start.stockholm") && !is_url("start.stockholm"));
    }
}

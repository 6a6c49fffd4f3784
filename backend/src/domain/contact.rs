//! Contact values: e-mail addresses, phone numbers and web addresses.

use super::text::{Check, Checked};
use super::validation::FieldCode;

/// An e-mail address, lower-cased.
pub type EmailAddress = Checked<Email>;
/// A phone number as people write it.
pub type PhoneNumber = Checked<Phone>;
/// A web address (http or https).
pub type WebAddress = Checked<Web>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Web;

impl Check for Web {
    const NAME: &'static str = "WebAddress";
    const MAX: usize = 500;
    const PATTERN: &'static str = r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*\s*$";
    const DESCRIPTION: &'static str = "A web address, http:// or https:// (blank means none).";

    fn check(value: &str) -> Result<String, (FieldCode, String)> {
        match url::Url::parse(value) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty()) => {
                Ok(u.to_string())
            }
            _ => Err((FieldCode::Invalid, "Not a web address (http:// or https://).".into())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email;

impl Check for Email {
    const NAME: &'static str = "EmailAddress";
    const MAX: usize = 254;
    const PATTERN: &'static str = r"^\s*[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]\s*$";
    const DESCRIPTION: &'static str = "An e-mail address (blank means none).";

    fn check(value: &str) -> Result<String, (FieldCode, String)> {
        let v = value.to_lowercase();
        if is_email(&v) { Ok(v) } else { Err((FieldCode::Invalid, "Not a valid e-mail address.".into())) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone;

impl Check for Phone {
    const NAME: &'static str = "PhoneNumber";
    const MAX: usize = 50;
    const PATTERN: &'static str = r"^\s*[ +()\-]*(?:[0-9][ +()\-]*){5,}\s*$";
    const DESCRIPTION: &'static str =
        "A phone number: digits, spaces, `+`, `-` and parentheses, at least five digits (blank means none).";

    fn check(value: &str) -> Result<String, (FieldCode, String)> {
        if is_phone(value) {
            Ok(value.to_owned())
        } else {
            Err((FieldCode::Invalid, "Not a valid phone number.".into()))
        }
    }
}

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

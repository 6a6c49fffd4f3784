//! Rules for free-text fields. The request schemas state the same with the patterns
//! `^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$` (required) and
//! `^[^\x00-\x1F\x7F-\x9F]*$` (optional).

use crate::error::FieldError;

/// A required, trimmed, single-line name of at most `max` characters.
pub fn name(field: &str, value: &str, max: usize, errors: &mut Vec<FieldError>) -> String {
    let v = value.trim();
    if v.is_empty() {
        errors.push(FieldError::new(field, "required", "This field must not be empty."));
    } else if v.chars().count() > max {
        errors.push(FieldError::new(field, "too_long", format!("At most {max} characters.")));
    } else if v.chars().any(char::is_control) {
        errors.push(FieldError::new(field, "invalid", "Control characters are not allowed."));
    }
    v.to_string()
}

/// An optional trimmed text: empty becomes `None`.
pub fn optional(field: &str, value: Option<&str>, max: usize, errors: &mut Vec<FieldError>) -> Option<String> {
    let v = value.map(str::trim).filter(|v| !v.is_empty())?;
    if v.chars().count() > max {
        errors.push(FieldError::new(field, "too_long", format!("At most {max} characters.")));
    } else if v.chars().any(char::is_control) {
        errors.push(FieldError::new(field, "invalid", "Control characters are not allowed."));
    }
    Some(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        let mut e = vec![];
        assert_eq!(name("name", "  Järva  ", 10, &mut e), "Järva");
        assert!(e.is_empty());
        name("name", "   ", 10, &mut e);
        name("name", "ååååååååååå", 10, &mut e);
        name("name", "a\u{0}b", 10, &mut e);
        let codes: Vec<_> = e.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["required", "too_long", "invalid"]);
    }
}

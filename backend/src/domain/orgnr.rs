//! Swedish organisation numbers (organisationsnummer): ten digits, `NNNNNN-NNNN`, the last one a
//! Luhn check digit.

use super::text::{Check, Checked};
use super::validation::{FieldCode, FieldError};

/// A Swedish organisation number, normalised to `NNNNNN-NNNN`.
pub type OrganizationNumber = Checked<OrgNr>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgNr;

impl Check for OrgNr {
    const NAME: &'static str = "OrganizationNumber";
    const MAX: usize = 20;
    const PATTERN: &'static str = r"^\s*[0-9]{6}-?[0-9]{4}\s*$";
    const DESCRIPTION: &'static str =
        "A Swedish organisation number: ten digits, `NNNNNN-NNNN`, the last a Luhn check digit (blank means none).";

    fn check(value: &str) -> Result<String, (FieldCode, String)> {
        normalize("", value).map_err(|e| (e.code, e.message))
    }
}

/// Normalise to `NNNNNN-NNNN`, or say what is wrong (`invalid_format`, `invalid_luhn`).
pub fn normalize(field: &str, input: &str) -> Result<String, FieldError> {
    let s = input.trim();
    let digits: String = s.chars().filter(|c| *c != '-').collect();
    let shape_ok = digits.len() == 10
        && digits.chars().all(|c| c.is_ascii_digit())
        && (s.len() == 10 || (s.len() == 11 && s.as_bytes()[6] == b'-'));
    if !shape_ok {
        return Err(FieldError::new(
            field,
            FieldCode::InvalidFormat,
            "An organisation number has ten digits, written NNNNNN-NNNN.",
        ));
    }
    if !luhn_valid(&digits) {
        return Err(FieldError::new(field, FieldCode::InvalidLuhn, "The check digit does not match (Luhn)."));
    }
    Ok(format!("{}-{}", &digits[..6], &digits[6..]))
}

/// The Luhn check over a string of ASCII digits.
pub fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_numbers_pass_and_are_normalised() {
        assert_eq!(normalize("n", "212000-0142").unwrap(), "212000-0142"); // Stockholms stad
        assert_eq!(normalize("n", "2021000076").unwrap(), "202100-0076"); // Polismyndigheten
        assert_eq!(normalize("n", " 556016-0680 ").unwrap(), "556016-0680");
    }

    #[test]
    fn a_wrong_check_digit_or_shape_is_refused() {
        assert_eq!(normalize("n", "212000-0143").unwrap_err().code, FieldCode::InvalidLuhn);
        assert_eq!(normalize("n", "21200-00142").unwrap_err().code, FieldCode::InvalidFormat);
        assert_eq!(normalize("n", "abcdef-ghij").unwrap_err().code, FieldCode::InvalidFormat);
        assert_eq!(normalize("n", "").unwrap_err().code, FieldCode::InvalidFormat);
    }
}

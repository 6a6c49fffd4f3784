//! Enums stored as their snake_case names.

/// Define a `Serialize + Deserialize + ToSchema` enum with `as_str`, `parse` and `ALL`.
/// The wire names are the snake_case variant names; `$text` must be that same name (a test in
/// each module using it checks this).
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parse a stored value; unknown values are a data error, reported as such.
            pub fn parse(s: &str) -> Result<Self, $crate::error::ApiError> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err($crate::error::ApiError::internal(format!(
                        concat!("unknown ", stringify!($name), " in the database: {}"), other
                    ))),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::api::areas::AreaKind;
    use crate::api::organizations::{ContactType, OrganizationKind};

    fn check<T: serde::Serialize + utoipa::ToSchema>(all: &[T], as_str: impl Fn(&T) -> &'static str) {
        let schema = serde_json::to_value(T::schema()).unwrap();
        let listed: Vec<String> = serde_json::from_value(schema["enum"].clone()).unwrap();
        let wire: Vec<String> = all.iter().map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_owned()).collect();
        let text: Vec<String> = all.iter().map(|v| as_str(v).to_owned()).collect();
        assert_eq!(wire, text, "serde names and as_str agree");
        assert_eq!(listed, text, "the OpenAPI schema lists the wire names");
    }

    #[test]
    fn wire_names_schema_names_and_stored_names_agree() {
        check(AreaKind::ALL, |v| v.as_str());
        check(OrganizationKind::ALL, |v| v.as_str());
        check(ContactType::ALL, |v| v.as_str());
    }
}

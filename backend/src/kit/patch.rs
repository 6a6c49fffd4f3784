//! PATCH bodies. Every field of a PATCH may be left out (it keeps its value); a field written
//! `name: T` may not be `null` (it cannot be cleared), a field written `name: T | null` may
//! (`null` clears it). [`patch_body!`] writes the serde and OpenAPI attributes that say so, once:
//!
//! ```ignore
//! patch_body! {
//!     /// The fields to change; absent fields stay, `null` clears an optional field.
//!     pub struct OrganizationPatch {
//!         kind: OrganizationKind,                       // Option<OrganizationKind>: absent or a kind
//!         parent_id: Uuid | null,                       // Option<Option<Uuid>>: absent, cleared or set
//!         #[schema(inline)]
//!         contact_details: Bounded<ContactDetail, 20>,  // extra field attributes pass through
//!         geometry: serde_json::Value as Geometry | null, // stated in the document as `Geometry`
//!     }
//! }
//! ```

use serde::{Deserialize, Deserializer};

/// A field that may be left out but not cleared; `null` is refused.
pub fn non_null<'de, T, D>(de: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    match Option::<T>::deserialize(de)? {
        Some(v) => Ok(Some(v)),
        None => Err(serde::de::Error::custom("this field cannot be null; leave it out to keep its value")),
    }
}

/// A field that may be left out (`None`), cleared (`Some(None)`) or set (`Some(Some(v))`).
pub fn double_option<'de, T, D>(de: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(de).map(Some)
}

/// What the kit asks of every PATCH body.
pub trait PatchBody {
    /// The fields present in this PATCH that only coordinators and admins may change.
    fn editor_only_fields(&self) -> Vec<&'static str>;
}

/// Declares a PATCH body (see the [module](self)): the struct, `Default`, `Deserialize` with
/// unknown fields refused, `ToSchema` with each field's nullability stated, and [`PatchBody`].
/// A field marked `editors` may be changed only by coordinators and admins: the kit refuses it
/// from anyone else (403 naming it) and the document says so at the field.
#[macro_export]
macro_rules! patch_body {
    ($(#[$m:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        $crate::patch_body!(@field [$(#[$m])*] $name [] [] $($fields)*);
    };
    // `editors field: …`: only coordinators and admins may change it.
    (@field $attrs:tt $name:ident [$($out:tt)*] [$($editors:ident)*] $(#[$fm:meta])* editors $f:ident : $($rest:tt)*) => {
        $crate::patch_body!(@typed $attrs $name [$($out)*] [$($editors)* $f]
            [$(#[$fm])* #[doc = ""] #[doc = " Coordinators and admins only."]] $f : $($rest)*);
    };
    (@field $attrs:tt $name:ident [$($out:tt)*] $editors:tt $(#[$fm:meta])* $f:ident : $($rest:tt)*) => {
        $crate::patch_body!(@typed $attrs $name [$($out)*] $editors [$(#[$fm])*] $f : $($rest)*);
    };
    // `field: T as Schema | null`: clearable, stated as `Schema`.
    (@typed $attrs:tt $name:ident [$($out:tt)*] $editors:tt [$($fm:tt)*] $f:ident : $t:ty as $s:ty | null $(, $($rest:tt)*)?) => {
        $crate::patch_body!(@field $attrs $name [$($out)*
            $($fm)*
            #[serde(default, deserialize_with = "crate::kit::patch::double_option")]
            #[schema(value_type = Option<$s>)]
            pub $f: Option<Option<$t>>,
        ] $editors $($($rest)*)?);
    };
    // `field: T | null`: clearable.
    (@typed $attrs:tt $name:ident [$($out:tt)*] $editors:tt [$($fm:tt)*] $f:ident : $t:ty | null $(, $($rest:tt)*)?) => {
        $crate::patch_body!(@field $attrs $name [$($out)*
            $($fm)*
            #[serde(default, deserialize_with = "crate::kit::patch::double_option")]
            #[schema(value_type = Option<$t>)]
            pub $f: Option<Option<$t>>,
        ] $editors $($($rest)*)?);
    };
    // `field: T`: may be left out, not cleared.
    (@typed $attrs:tt $name:ident [$($out:tt)*] $editors:tt [$($fm:tt)*] $f:ident : $t:ty $(, $($rest:tt)*)?) => {
        $crate::patch_body!(@field $attrs $name [$($out)*
            $($fm)*
            #[serde(default, deserialize_with = "crate::kit::patch::non_null")]
            #[schema(nullable = false)]
            pub $f: Option<$t>,
        ] $editors $($($rest)*)?);
    };
    (@field [$(#[$m:meta])*] $name:ident [$($out:tt)*] [$($editors:ident)*]) => {
        $(#[$m])*
        #[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($out)* }

        impl $crate::kit::patch::PatchBody for $name {
            fn editor_only_fields(&self) -> Vec<&'static str> {
                #[allow(unused_mut)]
                let mut present = vec![];
                $(if self.$editors.is_some() { present.push(stringify!($editors)); })*
                present
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    crate::patch_body! {
        /// A test body.
        pub struct Sample {
            name: String,
            parent_id: Uuid | null,
            #[schema(inline)]
            tags: Vec<String>,
            shape: serde_json::Value as String | null,
            /// Who decided.
            editors decided_by: String | null,
            editors public: bool,
        }
    }

    fn read(json: &str) -> Result<Sample, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn absent_null_and_value_are_told_apart() {
        let empty = read("{}").unwrap();
        assert!(empty.name.is_none() && empty.parent_id.is_none() && empty.tags.is_none() && empty.shape.is_none());
        let cleared = read(r#"{"parent_id": null, "shape": null}"#).unwrap();
        assert_eq!(cleared.parent_id, Some(None));
        assert_eq!(cleared.shape, Some(None));
        let id = Uuid::now_v7();
        let set = read(&format!(r#"{{"name": "x", "parent_id": "{id}", "tags": ["a"]}}"#)).unwrap();
        assert_eq!(set.name.as_deref(), Some("x"));
        assert_eq!(set.parent_id, Some(Some(id)));
        assert_eq!(set.tags, Some(vec!["a".to_string()]));
    }

    #[test]
    fn null_is_refused_where_a_field_cannot_be_cleared_and_unknown_fields_are_refused() {
        assert!(read(r#"{"name": null}"#).unwrap_err().contains("cannot be null"));
        assert!(read(r#"{"tags": null}"#).unwrap_err().contains("cannot be null"));
        assert!(read(r#"{"colour": "red"}"#).unwrap_err().contains("unknown field"));
    }

    #[test]
    fn fields_for_editors_are_named_when_present() {
        use super::PatchBody;
        assert!(read(r#"{"name": "x"}"#).unwrap().editor_only_fields().is_empty());
        assert_eq!(
            read(r#"{"decided_by": null, "public": true}"#).unwrap().editor_only_fields(),
            ["decided_by", "public"]
        );
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(Sample::schema()).unwrap();
        assert_eq!(schema["properties"]["decided_by"]["description"], "Who decided.\n\nCoordinators and admins only.");
    }

    #[test]
    fn the_schema_says_which_fields_may_be_null() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(Sample::schema()).unwrap();
        let props = &schema["properties"];
        assert_eq!(props["name"]["type"], "string");
        assert_eq!(props["parent_id"]["type"], serde_json::json!(["string", "null"]));
        assert_eq!(props["shape"]["type"], serde_json::json!(["string", "null"]));
        assert!(schema.get("required").is_none(), "no field of a PATCH is required: {schema}");
    }
}

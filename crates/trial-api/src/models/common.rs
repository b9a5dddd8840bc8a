//! Types both API families share, and the macro for API enums.

/// Declares an enum of API string values that tolerates values it does not
/// know: they deserialise into `Unknown(String)` (a deployed widget cannot be
/// updated in step with the server). Known values serialise as themselves.
macro_rules! api_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version does not know yet (kept for logs).
            Unknown(String),
        }

        impl $name {
            /// Every value this version knows, in the spec's order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Unknown(other) => other,
                }
            }

            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $($text => $name::$variant,)+
                    other => $name::Unknown(other.to_string()),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                Ok($name::from(text.as_ref()))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use api_enum;

use serde::{Deserialize, Serialize};

api_enum! {
    /// How a form field is shown: hidden, optional or required.
    pub enum FieldMode {
        Inactive = "INACTIVE",
        Optional = "OPTIONAL",
        Mandatory = "MANDATORY",
    }
}

impl FieldMode {
    /// Unknown modes are treated as optional: show the field, don't insist.
    pub fn is_shown(&self) -> bool {
        !matches!(self, FieldMode::Inactive)
    }

    pub fn is_required(&self) -> bool {
        matches!(self, FieldMode::Mandatory)
    }
}

api_enum! {
    pub enum Gender {
        Male = "MALE",
        Female = "FEMALE",
        Unisex = "UNISEX",
    }
}

api_enum! {
    /// A channel the studio may use to contact a lead.
    pub enum CommunicationChannel {
        Letter = "LETTER",
        Email = "EMAIL",
        TextMessage = "TEXT_MESSAGE",
        Phone = "PHONE",
        MysportsMessage = "MYSPORTS_MESSAGE",
        Fax = "FAX",
        Conversation = "CONVERSATION",
        Chat = "CHAT",
        Other = "OTHER",
    }
}

/// ISO-3166-like country code (`DE`, `AT`, … plus oddities such as `UK`, `XK`
/// and `UNDEFINED`). Kept as text: the list is long and grows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CountryCode(pub String);

/// A page of an Open API list: send `offset` back unchanged to get the next one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page<T> {
    #[serde(default = "Vec::new")]
    pub result: Vec<T>,
    pub has_next: bool,
    pub offset: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_enum_values_are_kept_not_rejected() {
        let mode: FieldMode = serde_json::from_str("\"SOMETIMES\"").unwrap();
        assert_eq!(mode, FieldMode::Unknown("SOMETIMES".into()));
        assert!(!mode.is_known());
        assert!(mode.is_shown() && !mode.is_required());
        assert_eq!(
            serde_json::to_string(&FieldMode::Mandatory).unwrap(),
            "\"MANDATORY\""
        );
        assert_eq!(Gender::KNOWN.len(), 3);
    }
}

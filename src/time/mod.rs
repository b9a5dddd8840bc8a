//! Time: the one clock every "now" comes from, and the studio's zone rules
//! ("today" is always the studio's today, in the studio's zone).

mod clock;
mod zone;

pub use clock::{now, pin, today_in};
pub use zone::{browser_zone, checked_formatter, studio_today, StudioZone};

//! The wasm entry for `backend="connect"` pages, built by Trunk with only the
//! `connect` feature. It registers nothing itself: the loader (`trial-booking.js`)
//! owns the `<trial-booking>` element and calls this module's exported
//! `mount` for each element whose backend is `connect`.

pub use trial_booking::embed::mount_element;

fn main() {}

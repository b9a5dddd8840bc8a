//! The wasm entry for `backend="open-api"` pages, built by Trunk with only the
//! `open-api` feature. It registers nothing itself: the loader (`trial-booking.js`)
//! owns the `<trial-booking>` element and calls this module's exported
//! `mount` for each element whose backend is `open-api`.

pub use trial_booking::embed::mount_element;

fn main() {}

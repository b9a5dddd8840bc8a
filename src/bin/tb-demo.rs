//! The wasm entry for `backend="demo"` pages, built by Trunk with only the
//! `demo` feature. It registers nothing itself: the loader (`trial-booking.js`)
//! owns the `<trial-booking>` element and calls this module's exported
//! `mount` for each element whose backend is `demo`.

pub use trial_booking::embed::mount_element;

fn main() {}

//! The one test binary. Natively: parameters, flows, scenarios, the API, the command line,
//! hostile input, property tests, code habits and the TypeScript types. On wasm32 (wasm-bindgen-test in headless Chromium): the same
//! scenarios and the JavaScript API through the browser build.

/// Every scenario file, listed at build time by build.rs.
pub mod files {
    include!(concat!(env!("OUT_DIR"), "/scenarios.rs"));
}

#[cfg(not(target_arch = "wasm32"))]
mod agreement_rules;
#[cfg(not(target_arch = "wasm32"))]
mod api;
#[cfg(not(target_arch = "wasm32"))]
mod changes;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod evaluations;
#[cfg(not(target_arch = "wasm32"))]
mod flows;
#[cfg(not(target_arch = "wasm32"))]
mod ftl;
#[cfg(not(target_arch = "wasm32"))]
mod hostile;
#[cfg(not(target_arch = "wasm32"))]
mod law_refs;
#[cfg(not(target_arch = "wasm32"))]
mod params;
#[cfg(not(target_arch = "wasm32"))]
mod props;
#[cfg(not(target_arch = "wasm32"))]
mod readability;
#[cfg(not(target_arch = "wasm32"))]
mod scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod screen;
#[cfg(not(target_arch = "wasm32"))]
mod tidy;
#[cfg(not(target_arch = "wasm32"))]
mod ts_types;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(not(target_arch = "wasm32"))]
mod widget;
#[cfg(not(target_arch = "wasm32"))]
mod wording;

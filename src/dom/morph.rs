//! Updates a drawn screen in place: the handler page changes with every answer, and replacing it
//! would take the person's focus and Tab position with it. `morph(old, new)` makes `old` look
//! like `new` while keeping every node the two share, so the field that has focus stays the same
//! element. Children are matched by tag and key (`id`, else `data-field`, else `class`), in
//! order; unmatched old nodes go, new ones are inserted where they belong.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, Node};

type R<T> = Result<T, JsValue>;

fn key(n: &Node) -> Option<(String, String)> {
    let e = n.dyn_ref::<Element>()?;
    let k = ["id", "data-field", "class"].iter().find_map(|a| e.get_attribute(a)).unwrap_or_default();
    Some((e.tag_name(), k))
}

fn children(n: &Node) -> Vec<Node> {
    let list = n.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Makes `old` (in the document) equal to `new` (detached), keeping shared nodes.
pub fn morph(old: &Element, new: &Element) -> R<()> {
    attributes(old, new)?;
    let fresh = children(new);
    let stale = children(old);
    let mut used = vec![false; stale.len()];
    let mut pairs: Vec<(Node, Option<Node>)> = Vec::with_capacity(fresh.len());
    for n in fresh {
        let k = key(&n);
        let found = stale.iter().enumerate().position(|(i, o)| {
            !used[i]
                && o.node_type() == n.node_type()
                && key(o) == k
                && (k.is_some() || o.node_type() == Node::TEXT_NODE)
        });
        if let Some(i) = found {
            used[i] = true;
        }
        pairs.push((n, found.and_then(|i| stale.get(i).cloned())));
    }
    for (i, o) in stale.iter().enumerate() {
        if !used[i] {
            old.remove_child(o)?;
        }
    }
    for (i, (n, matched)) in pairs.iter().enumerate() {
        let here = old.child_nodes().item(i as u32);
        let node = matched.as_ref().unwrap_or(n);
        if here.as_ref() != Some(node) {
            old.insert_before(node, here.as_ref())?;
        }
        match (matched, n.dyn_ref::<Element>()) {
            (Some(m), Some(ne)) => morph(m.unchecked_ref(), ne)?,
            (Some(m), None) if m.node_value() != n.node_value() => m.set_node_value(n.node_value().as_deref()),
            _ => {}
        }
    }
    Ok(())
}

/// Copies `new`'s attributes onto `old`, and the live state the attributes only set at first:
/// a radio's `checked` and a text field's `value`. A `<details>` the person opened stays open.
fn attributes(old: &Element, new: &Element) -> R<()> {
    for name in old.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        let opened = name == "open" && old.tag_name() == "DETAILS";
        if !new.has_attribute(&name) && !opened {
            old.remove_attribute(&name)?;
        }
    }
    for name in new.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        let value = new.get_attribute(&name).unwrap_or_default();
        if old.get_attribute(&name).as_deref() != Some(value.as_str()) {
            old.set_attribute(&name, &value)?;
        }
    }
    if let Some(input) = old.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "radio" {
            input.set_checked(new.has_attribute("checked"));
        } else {
            let value = new.get_attribute("value").unwrap_or_default();
            if input.value() != value {
                input.set_value(&value);
            }
        }
    }
    Ok(())
}

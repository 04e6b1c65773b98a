// Mounts its children in a React transition, after the update that revealed it: React then
// builds a big subtree (a page's content when its data arrives) in slices of a few
// milliseconds instead of one long task that freezes a cheap phone. Until then it shows
// ``fallback`` (the page's placeholder boxes). Used by digital_family/web/components/layout.py.
import { createElement as h, Fragment, startTransition, useEffect, useState } from "react";

export function Deferred({ children, fallback = null }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready ? h(Fragment, null, children) : fallback;
}

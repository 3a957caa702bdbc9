// Pins: a demand pinned in or out needs a reason (asked in a dialog); pinning it again unpins it.
import { useState } from "react";
import type { RankedDemand } from "../../../entities/selection";
import type { PinKind, Pins } from "./selectionParams";

export interface PinRequest {
  demand: RankedDemand;
  kind: PinKind;
}

export function usePins() {
  const [pins, setPins] = useState<Pins>({});
  /** The pin waiting for its reason, and the reason as typed so far. */
  const [asking, setAsking] = useState<PinRequest | null>(null);
  const [reason, setReason] = useState("");
  const toggle = (demand: RankedDemand, kind: PinKind) => {
    if (pins[demand.id]?.kind === kind) {
      const { [demand.id]: _gone, ...rest } = pins;
      setPins(rest);
    } else {
      setReason("");
      setAsking({ demand, kind });
    }
  };
  const confirm = () => {
    if (asking) setPins({ ...pins, [asking.demand.id]: { kind: asking.kind, reason: reason.trim() } });
    setAsking(null);
  };
  return { pins, toggle, asking, reason, setReason, confirm, cancel: () => setAsking(null) };
}

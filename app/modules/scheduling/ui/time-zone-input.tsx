import { useEffect, useState } from "react";

/**
 * The reader's IANA zone as a hidden field: the server reads the wall time typed in the form
 * in this zone. Without JavaScript it stays UTC, and the form says so.
 */
export function TimeZoneInput() {
  const [zone, setZone] = useState("UTC");
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  }, []);
  return (
    <>
      <input type="hidden" name="timeZone" value={zone} />
      <p className="label text-xs whitespace-normal" data-testid="time-zone">
        Times are in your time zone ({zone}).
      </p>
    </>
  );
}

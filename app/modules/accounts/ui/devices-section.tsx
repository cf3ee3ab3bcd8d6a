import { Form } from "react-router";

import { LocalTime } from "~/components/ui/local-time";
import type { DeviceView } from "~/modules/accounts/devices.server";

/** The signed-in devices: each login session, "this device" marked, any other one ended. */
export function DevicesSection({ devices }: { devices: DeviceView[] }) {
  const others = devices.filter((d) => !d.current).length;
  return (
    <section className="card bg-base-100 shadow-sm" aria-labelledby="devices-heading">
      <div className="card-body">
        <h2 id="devices-heading" className="card-title">
          Signed-in devices
        </h2>
        <p className="text-sm" data-testid="other-devices">
          {others === 0
            ? "You are signed in on this device only."
            : `You are signed in on ${others} other ${others === 1 ? "device" : "devices"}.`}
        </p>
        <ul className="divide-base-300 divide-y" data-testid="device-list">
          {devices.map((d) => (
            <li
              key={d.publicId}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="device"
            >
              <div className="text-sm">
                <p className="font-medium">
                  {d.browser}
                  {d.current ? <span className="badge badge-primary badge-sm ml-2">This device</span> : null}
                </p>
                <p className="text-base-content/75">
                  Signed in <LocalTime iso={d.createdAt} format="datetime" /> · last seen{" "}
                  <LocalTime iso={d.lastSeenAt} format="datetime" />
                  {d.ipAddress ? ` · from ${d.ipAddress}` : ""}
                </p>
              </div>
              {d.current ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="end-device" />
                  <input type="hidden" name="device" value={d.publicId} />
                  <button type="submit" className="btn btn-outline btn-xs">
                    Sign out
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-others" />
          <button type="submit" className="btn btn-outline btn-sm" disabled={others === 0}>
            Sign out all other devices
          </button>
        </Form>
      </div>
    </section>
  );
}

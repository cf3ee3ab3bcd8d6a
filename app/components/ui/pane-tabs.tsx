import { type KeyboardEvent, useRef } from "react";

export interface PaneTab<Id extends string> {
  id: Id;
  label: string;
  /** A count shown beside the label (unread messages). */
  badge?: number;
}

/** The element id of the pane a tab controls. */
export const paneId = (id: string) => `pane-${id}`;

/**
 * Tabs that choose which pane of a page shows on a narrow screen (hidden from md up, where
 * the panes sit side by side). Panes stay mounted while hidden, so a call or an editor keeps
 * running. Arrow keys move between tabs, as the ARIA tabs pattern expects.
 */
export function PaneTabs<Id extends string>({
  tabs,
  active,
  onChange,
  label,
}: {
  tabs: ReadonlyArray<PaneTab<Id>>;
  active: Id;
  onChange: (id: Id) => void;
  label: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = tabs.findIndex((t) => t.id === active);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onChange(next.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={label}
      className="tabs tabs-box bg-base-100 border-base-300 shrink-0 rounded-none border-b md:hidden"
      onKeyDown={onKeyDown}
      data-testid="pane-tabs"
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          data-tab={tab.id}
          aria-selected={tab.id === active}
          aria-controls={paneId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          className={`tab flex-1 gap-1 ${tab.id === active ? "tab-active" : ""}`}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
          {tab.badge ? (
            <span className="badge badge-primary badge-xs" aria-label={`${tab.badge} unread`}>
              {tab.badge}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}

/**
 * Attributes for a resizable Panel (or its Separator) that is a pane: always shown from md
 * up; below md only while its tab is active (app.css). An attribute, not a class, because
 * the Panel puts its className on an inner element and sizes its outer one inline.
 */
export const paneProps = (shown: boolean) => ({ "data-narrow": shown ? "shown" : "hidden" });

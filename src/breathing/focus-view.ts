/**
 * The focus view: `element` alone on the screen (full screen where the browser allows it, a fixed
 * layer by its CSS class otherwise), with the rest of the page inert so keyboard focus stays inside.
 */
export function showOnly(element: HTMLElement, on: boolean): void {
  for (let child = element; child !== document.body; child = child.parentElement!)
    for (const sibling of child.parentElement!.children)
      if (sibling !== child) (sibling as HTMLElement).inert = on;
  if (on) element.requestFullscreen?.().catch(() => {});
  else if (document.fullscreenElement) void document.exitFullscreen();
}

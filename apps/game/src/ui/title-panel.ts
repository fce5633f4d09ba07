/** Renders the title screen's readable content as real DOM over the canvas. */
export function renderTitlePanel(root: HTMLElement): void {
  const panel = document.createElement('main');
  panel.className = 'title-panel';
  const heading = document.createElement('h1');
  heading.textContent = 'Smile Curve';
  const tagline = document.createElement('p');
  tagline.textContent =
    'Guide a Guangdong manufacturer from OEM assembly up the smile curve and into the global innovation chain.';
  panel.append(heading, tagline);
  root.replaceChildren(panel);
}

import { encodePng } from "./encode-png.js";

type Rgba = readonly [number, number, number, number];
const blue: Rgba = [0, 99, 177, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** Which part of a monitor (screen and stand) the point (u, v) of the unit square falls on; `stroke` is the frame. */
function monitor(u: number, v: number, stroke: number): "fill" | "edge" | "none" {
  const inScreen = u >= 0.15 && u <= 0.85 && v >= 0.2 && v <= 0.65;
  const onStand =
    (u >= 0.45 && u <= 0.55 && v > 0.65 && v <= 0.75) || (u >= 0.3 && u <= 0.7 && v > 0.75 && v <= 0.8);
  if (onStand) return "edge";
  if (!inScreen) return "none";
  const border = Math.min(u - 0.15, 0.85 - u, v - 0.2, 0.65 - v) < stroke;
  return border ? "edge" : "fill";
}

/** color.png: 192x192, full colour (Teams' requirement for the colour icon). */
export function colorIcon(): Buffer {
  const size = 192;
  return encodePng({
    width: size,
    height: size,
    pixel: (x, y) => (monitor((x + 0.5) / size, (y + 0.5) / size, 0.05) === "none" ? blue : white),
  });
}

/** outline.png: 32x32, white on a transparent background (Teams' requirement for the outline icon). */
export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng({
    width: size,
    height: size,
    pixel: (x, y) => (monitor((x + 0.5) / size, (y + 0.5) / size, 0.07) === "edge" ? white : clear),
  });
}

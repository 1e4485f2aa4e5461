/** Whether the browser draws WebGL in software (SwiftShader, llvmpipe): no GPU to lean on. */
export function softwareWebgl(): boolean {
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name);
  } catch {
    return false;
  }
}

/**
 * The drawing options of the map, chosen by measure (npm run bench:map): no multisampling
 * (MSAA doubled the cost of a frame on software WebGL, and flat choropleth fills gain little
 * from it), and one canvas pixel per CSS pixel when WebGL runs in software, where every pixel
 * is filled by the CPU. The drawing buffer is kept for the PNG export.
 */
export function renderOptions(): {
  pixelRatio: number;
  canvasContextAttributes: WebGLContextAttributes;
} {
  const ratio = typeof window === "undefined" ? 1 : window.devicePixelRatio || 1;
  return {
    pixelRatio: softwareWebgl() ? Math.min(1, ratio) : ratio,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  };
}

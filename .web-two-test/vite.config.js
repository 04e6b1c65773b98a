import { fileURLToPath, URL } from "url";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";
import safariCacheBustPlugin from "./vite-plugin-safari-cachebust.js";

// Ensure that bun always uses the react-dom/server.node functions.
function alwaysUseReactDomServerNode() {
  return {
    name: "vite-plugin-always-use-react-dom-server-node",
    enforce: "pre",

    resolveId: {
      filter: { id: /react-dom\/server/ },
      handler(source, importer) {
        if (
          typeof importer === "string" &&
          importer.endsWith("/entry.server.node.tsx")
        ) {
          return this.resolve("react-dom/server.node", importer, {
            skipSelf: true,
          });
        }
        return null;
      },
    },
  };
}


function fullReload() {
  return {
    name: "full-reload",
    enforce: "pre",
    handleHotUpdate({ server }) {
      server.ws.send({
        type: "full-reload",
      });
      return [];
    }
  };
}

// React Router queues manifest updates for lazy routes even when their modules
// are not loaded. Its HMR runtime throws on those entries before clearing the
// queue, which blocks every later update until the browser is reloaded.
function patchReactRouterHmrRuntime() {
  const unloadedRouteThrow = /if\s*\(!imported\)\s*\{\s*throw\s+Error\(\s*`\[react-router:hmr\] No module update found for route [^`]+`,\s*\);\s*\}/;
  return {
    name: "reflex-patch-react-router-hmr-runtime",
    apply: "serve",
    enforce: "post",
    transform(code, id) {
      if (id !== "\0virtual:react-router/hmr-runtime") return;
      if (!unloadedRouteThrow.test(code)) {
        this.warn(
          "react-router hmr runtime changed; unloaded-route HMR patch skipped",
        );
        return;
      }
      return {
        code: code.replace(unloadedRouteThrow, "if (!imported) continue;"),
        map: null,
      };
    },
  };
}

export default defineConfig((config) => ({
  base: "/",
  plugins: [
    alwaysUseReactDomServerNode(),
    reactRouter(),
    patchReactRouterHmrRuntime(),
    safariCacheBustPlugin(),
  ].concat([]),
  build: {
    minify: true,
    cssMinify: true,
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code === "EVAL" && warning.id && warning.id.endsWith("state.js")) return;
        warn(warning);
      },
      output: {
        codeSplitting: {
          groups: [
            {
              test: /env.json/,
              name: "reflex-env",
            },
            { name: "vendor", test: /node_modules/, minShareCount: 2 },
            { name: "app", minShareCount: 2,
              test: /[\\/](utils|components|app_components[\\/](reflex|digital_family[\\/]components))[\\/]/ },
          ],
        },
      },
    },
  },
  experimental: {
    enableNativePlugin: false,
    hmr: false,
  },
  server: {
    port: process.env.PORT,
    hmr: true,
    watch: {
      ignored: [
        "**/.web/backend/**",
        "**/.web/reflex.install_frontend_packages.cached",
      ],
    },
  },
  // react-router prerenders by fetching pages from a `vite preview` server
  // started with this config. Pin an IPv4 loopback address so the bound
  // socket and the fetched URL cannot resolve `localhost` to different
  // address families (which refuses the connection, e.g. in docker).
  preview: {
    host: "127.0.0.1",
  },
  resolve: {
    mainFields: ["browser", "module", "jsnext"],
    alias: [
      {
        find: "$",
        replacement: fileURLToPath(new URL("./", import.meta.url)),
      },
      {
        find: "@",
        replacement: fileURLToPath(new URL("./public", import.meta.url)),
      },
    ],
  },
}));
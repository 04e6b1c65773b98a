
import {Fragment,StrictMode,useEffect} from "react"
import {EventLoopProvider,StateProvider} from "$/utils/context"
import {Errorboundary_errorboundary_71c9c4d90c1a40b6ed86624e52613ee3} from "$/utils/components/Errorboundary_errorboundary_71c9c4d90c1a40b6ed86624e52613ee3"
import RadixThemesColorModeProvider from "$/components/reflex/radix_themes_color_mode_provider"
import {MemoizedToastProvider_18b15038} from "$/app_components/reflex/compiler/compiler"
import {Box as RadixThemesBox,Flex as RadixThemesFlex,Text as RadixThemesText,Theme as RadixThemesTheme} from "@radix-ui/themes"
import theme from "$/utils/theme"
import {Cond_comp_d80388edc0e89945da122e4ad43b276f} from "$/utils/components/Cond_comp_d80388edc0e89945da122e4ad43b276f"
import LucideWifiOff from "lucide-react/dist/esm/icons/wifi-off.mjs"
import LucideWifi from "lucide-react/dist/esm/icons/wifi.mjs"
import {Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db} from "$/utils/components/Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db"
import {Bare_comp_4fc8c23132a6e26e629b9b7b61390e25} from "$/utils/components/Bare_comp_4fc8c23132a6e26e629b9b7b61390e25"
import {Cond_comp_af465d7a2aa16498070ed9df0d32fd68} from "$/utils/components/Cond_comp_af465d7a2aa16498070ed9df0d32fd68"
import {Bare_comp_05288d5a4d4fc7555174b73ff1de5c94} from "$/utils/components/Bare_comp_05288d5a4d4fc7555174b73ff1de5c94"
import {jsx} from "@emotion/react"

import { defaultColorMode } from "$/utils/context";
import { ThemeProvider } from '$/utils/react-theme';
import { Layout as AppLayout } from './_document';
import { Outlet } from 'react-router';
import * as React from "react";
import * as emotion_react from "@emotion/react";
import * as utils_context from "$/utils/context";
import * as utils_context_registry from "$/utils/context-registry";
import * as utils_state from "$/utils/state";




function ReflexProviders({children}) {
  useEffect(() => {
    // Make contexts and state objects available globally for dynamic eval'd components
    window.__reflex = {
          "react": React,
    "@emotion/react": emotion_react,
    "$/utils/context": utils_context,
    "$/utils/context-registry": utils_context_registry,
    "$/utils/state": utils_state,
    };
  }, []);

  return jsx(ThemeProvider, {defaultTheme: defaultColorMode, attribute: "class"},
    jsx(AppWrap, {}, children)
  );
}


function AppWrap({children}) {

return (jsx(StrictMode,{},jsx(StateProvider,{},jsx(EventLoopProvider,{},jsx(Errorboundary_errorboundary_71c9c4d90c1a40b6ed86624e52613ee3,{},jsx(RadixThemesColorModeProvider,{},jsx(Fragment,{},jsx(MemoizedToastProvider_18b15038,{},),jsx(RadixThemesTheme,{accentColor:"green",css:{...theme.styles.global[':root'], ...theme.styles.global.body},radius:"large",scaling:"110%"},jsx(Fragment,{},jsx(Cond_comp_d80388edc0e89945da122e4ad43b276f,{},jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["position"] : "fixed", ["top"] : "0", ["left"] : "0", ["right"] : "0", ["minHeight"] : "68px", ["padding"] : "8px 16px", ["background"] : "white", ["color"] : "var(--gray-12)", ["borderBottom"] : "5px solid var(--red-9)", ["boxShadow"] : "0 2px 12px rgba(0,0,0,0.25)", ["display"] : "flex", ["flexDirection"] : "column", ["justifyContent"] : "center", ["zIndex"] : "20" }),"data-testid":"offline-banner",role:"alert"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto" }),direction:"row",gap:"2"},jsx("style",{suppressHydrationWarning:true},"html { scroll-padding-top: 140px; }"),jsx(LucideWifiOff,{css:({ ["color"] : "var(--red-11)", ["flexShrink"] : "0" }),size:24},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},jsx(Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db,{},)),jsx(RadixThemesText,{as:"p",size:"2"},jsx(Bare_comp_4fc8c23132a6e26e629b9b7b61390e25,{},)))))),jsx(Fragment,{},jsx(Cond_comp_af465d7a2aa16498070ed9df0d32fd68,{},jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["position"] : "fixed", ["top"] : "0", ["left"] : "0", ["right"] : "0", ["minHeight"] : "68px", ["padding"] : "8px 16px", ["background"] : "white", ["color"] : "var(--gray-12)", ["borderBottom"] : "5px solid var(--green-9)", ["boxShadow"] : "0 2px 12px rgba(0,0,0,0.25)", ["display"] : "flex", ["flexDirection"] : "column", ["justifyContent"] : "center", ["zIndex"] : "20" }),"data-testid":"reconnected-banner",role:"status"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto" }),direction:"row",gap:"2"},jsx(LucideWifi,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:24},),jsx(RadixThemesText,{as:"p",size:"3"},jsx(Bare_comp_05288d5a4d4fc7555174b73ff1de5c94,{},))))),jsx(Fragment,{},)))),jsx(Fragment,{},children))))))))))
}

export function Layout({children}) {
  return jsx(AppLayout, {}, jsx(ReflexProviders, {}, children));
}

// Used by entry.client.js when mount_target is configured: skips the document
// shell (which renders react-router's <Meta>/<Scripts>/<Links> and requires a
// framework router context) but keeps the runtime providers.
export function EmbedLayout({children}) {
  return jsx(ReflexProviders, {}, children);
}

export default function App() {
  return jsx(Outlet, {});
}



import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Callout as RadixThemesCallout,Card as RadixThemesCard,Flex as RadixThemesFlex,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideSmartphone from "lucide-react/dist/esm/icons/smartphone.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideLogOut from "lucide-react/dist/esm/icons/log-out.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_08186e7d = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_08186e7d.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_08186e7d;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_08186e7d = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_08186e7d.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_08186e7d;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_08186e7d.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_08186e7d;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_08186e7d = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_08186e7d = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_08186e7d.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_08186e7d;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_08186e7d = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_08186e7d.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_08186e7d;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_08186e7d = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_08186e7d.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_08186e7d;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_08186e7d.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_08186e7d;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_08186e7d.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_08186e7d;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_08186e7d = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_08186e7d = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_08186e7d.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_08186e7d;
})();

export const Bare_comp_a1e74619a0fd551e350031e6ffa4aa0b_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_a1e74619a0fd551e350031e6ffa4aa0b_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.title"]
    )
});
Bare_comp_a1e74619a0fd551e350031e6ffa4aa0b_08186e7d.displayName = "Bare";
return Bare_comp_a1e74619a0fd551e350031e6ffa4aa0b_08186e7d;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_08186e7d.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_08186e7d;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_08186e7d.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_08186e7d;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_08186e7d = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_08186e7d.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_08186e7d;
})();

export const Bare_comp_3c3c2ccad297ee0f599362b8d3304729_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_3c3c2ccad297ee0f599362b8d3304729_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.denied_message_rx_state_
    )
});
Bare_comp_3c3c2ccad297ee0f599362b8d3304729_08186e7d.displayName = "Bare";
return Bare_comp_3c3c2ccad297ee0f599362b8d3304729_08186e7d;
})();

export const Bare_comp_80a2ad2cd5d3b6d01155dfb49b4c9e96_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_80a2ad2cd5d3b6d01155dfb49b4c9e96_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.user_name_rx_state_
    )
});
Bare_comp_80a2ad2cd5d3b6d01155dfb49b4c9e96_08186e7d.displayName = "Bare";
return Bare_comp_80a2ad2cd5d3b6d01155dfb49b4c9e96_08186e7d;
})();

export const Bare_comp_d22859a6399d99060304aa8e87c8af5e_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_d22859a6399d99060304aa8e87c8af5e_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.notice_rx_state_
    )
});
Bare_comp_d22859a6399d99060304aa8e87c8af5e_08186e7d.displayName = "Bare";
return Bare_comp_d22859a6399d99060304aa8e87c8af5e_08186e7d;
})();

export const Calloutroot_callout__root_e2d60628eb2ca12296874c47ff723094_08186e7d = /*#__PURE__*/ (() => {
const Calloutroot_callout__root_e2d60628eb2ca12296874c47ff723094_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        jsx(RadixThemesCallout.Root,{...mergeSlotProps(rest, ({ color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"), "data-testid":"account-notice", highContrast:true, role:"status" }))},children)
    )
});
Calloutroot_callout__root_e2d60628eb2ca12296874c47ff723094_08186e7d.displayName = "CalloutRoot";
return Calloutroot_callout__root_e2d60628eb2ca12296874c47ff723094_08186e7d;
})();

export const Cond_comp_b254177847cd855dd787e7ac98edd5e9_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_b254177847cd855dd787e7ac98edd5e9_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b254177847cd855dd787e7ac98edd5e9_08186e7d.displayName = "Cond";
return Cond_comp_b254177847cd855dd787e7ac98edd5e9_08186e7d;
})();

export const Bare_comp_e4fb0e04a90b0d3fb7e706ebe8ed0a72_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_e4fb0e04a90b0d3fb7e706ebe8ed0a72_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.change_password"]
    )
});
Bare_comp_e4fb0e04a90b0d3fb7e706ebe8ed0a72_08186e7d.displayName = "Bare";
return Bare_comp_e4fb0e04a90b0d3fb7e706ebe8ed0a72_08186e7d;
})();

export const Bare_comp_46803cbd1100f34f3463a8695916262d_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_46803cbd1100f34f3463a8695916262d_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.current_password"]
    )
});
Bare_comp_46803cbd1100f34f3463a8695916262d_08186e7d.displayName = "Bare";
return Bare_comp_46803cbd1100f34f3463a8695916262d_08186e7d;
})();

export const Bare_comp_fd53ebab1f68bbc48ac8de97d8af78ea_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_fd53ebab1f68bbc48ac8de97d8af78ea_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["current_password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["current_password"] : "")
    )
});
Bare_comp_fd53ebab1f68bbc48ac8de97d8af78ea_08186e7d.displayName = "Bare";
return Bare_comp_fd53ebab1f68bbc48ac8de97d8af78ea_08186e7d;
})();

export const Cond_comp_5708521cf0f305fa141f16925465c214_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_5708521cf0f305fa141f16925465c214_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["current_password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["current_password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5708521cf0f305fa141f16925465c214_08186e7d.displayName = "Cond";
return Cond_comp_5708521cf0f305fa141f16925465c214_08186e7d;
})();

export const Bare_comp_736fe76541644f39fe767b8a5fb91eb4_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_736fe76541644f39fe767b8a5fb91eb4_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.new_password"]
    )
});
Bare_comp_736fe76541644f39fe767b8a5fb91eb4_08186e7d.displayName = "Bare";
return Bare_comp_736fe76541644f39fe767b8a5fb91eb4_08186e7d;
})();

export const Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.password_hint"]
    )
});
Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_08186e7d.displayName = "Bare";
return Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_08186e7d;
})();

export const Bare_comp_fbf0d90bdff47d5be53fb91a61969d4d_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_fbf0d90bdff47d5be53fb91a61969d4d_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password"] : "")
    )
});
Bare_comp_fbf0d90bdff47d5be53fb91a61969d4d_08186e7d.displayName = "Bare";
return Bare_comp_fbf0d90bdff47d5be53fb91a61969d4d_08186e7d;
})();

export const Cond_comp_4eb56fa7a1c1c9b21e118c2a8eedce3e_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_4eb56fa7a1c1c9b21e118c2a8eedce3e_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4eb56fa7a1c1c9b21e118c2a8eedce3e_08186e7d.displayName = "Cond";
return Cond_comp_4eb56fa7a1c1c9b21e118c2a8eedce3e_08186e7d;
})();

export const Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.password_again"]
    )
});
Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_08186e7d.displayName = "Bare";
return Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_08186e7d;
})();

export const Bare_comp_eb4786d0d135b1bea5f09dfa7b9932bc_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_eb4786d0d135b1bea5f09dfa7b9932bc_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password_again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password_again"] : "")
    )
});
Bare_comp_eb4786d0d135b1bea5f09dfa7b9932bc_08186e7d.displayName = "Bare";
return Bare_comp_eb4786d0d135b1bea5f09dfa7b9932bc_08186e7d;
})();

export const Cond_comp_d3a41042b37ce4fa195b6f1797403b1a_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_d3a41042b37ce4fa195b6f1797403b1a_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password_again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.errors_rx_state_?.["new_password_again"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d3a41042b37ce4fa195b6f1797403b1a_08186e7d.displayName = "Cond";
return Cond_comp_d3a41042b37ce4fa195b6f1797403b1a_08186e7d;
})();

export const Bare_comp_d3dc7d32507154dd87fdcfa4a54f5f45_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_d3dc7d32507154dd87fdcfa4a54f5f45_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.password_help"]
    )
});
Bare_comp_d3dc7d32507154dd87fdcfa4a54f5f45_08186e7d.displayName = "Bare";
return Bare_comp_d3dc7d32507154dd87fdcfa4a54f5f45_08186e7d;
})();

export const Form_root_fe93a85c8c95f16d740fc51bd09ed4cf_08186e7d = /*#__PURE__*/ (() => {
const Form_root_fe93a85c8c95f16d740fc51bd09ed4cf_08186e7d = memo(({children, ...rest}) => {
    
    const handleSubmit_4f8149e4cb344b083241161f25555c69 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state.change_password", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"password-form", onSubmit:handleSubmit_4f8149e4cb344b083241161f25555c69 }))},children)
    )
});
Form_root_fe93a85c8c95f16d740fc51bd09ed4cf_08186e7d.displayName = "Form";
return Form_root_fe93a85c8c95f16d740fc51bd09ed4cf_08186e7d;
})();

export const Bare_comp_9878d7718c774a1ffdb78c96ca867c3a_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_9878d7718c774a1ffdb78c96ca867c3a_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.devices"]
    )
});
Bare_comp_9878d7718c774a1ffdb78c96ca867c3a_08186e7d.displayName = "Bare";
return Bare_comp_9878d7718c774a1ffdb78c96ca867c3a_08186e7d;
})();

export const Bare_comp_875d9b743c616bf90fc911e77ffb0db2_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_875d9b743c616bf90fc911e77ffb0db2_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.devices_help"]
    )
});
Bare_comp_875d9b743c616bf90fc911e77ffb0db2_08186e7d.displayName = "Bare";
return Bare_comp_875d9b743c616bf90fc911e77ffb0db2_08186e7d;
})();

export const Foreach_comp_d73cb23a7b002481319c1854cf7383fd_08186e7d = /*#__PURE__*/ (() => {
const Foreach_comp_d73cb23a7b002481319c1854cf7383fd_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.devices_rx_state_ ?? [],((row_rx_state_,index_33fe6c9e47cfddfbfa9fef99cd8a8f66)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"device",key:index_33fe6c9e47cfddfbfa9fef99cd8a8f66},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(LucideSmartphone,{css:({ ["flexShrink"] : "0" }),size:26},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},(!((row_rx_state_?.["device"]?.valueOf?.() === ""?.valueOf?.())) ? row_rx_state_?.["device"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.unknown_device"])),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.signed_in_at"]," ",row_rx_state_?.["signed_in"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.last_used"]," ",row_rx_state_?.["last_used"]),jsx(Fragment,{},(row_rx_state_?.["current"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"3"},jsx(LucideCheck,{size:16},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.this_device"]))):(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state.end_session", ({ ["session_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"3",variant:"outline"},jsx(LucideLogOut,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.sign_out_device"])))))))))))
    )
});
Foreach_comp_d73cb23a7b002481319c1854cf7383fd_08186e7d.displayName = "Foreach";
return Foreach_comp_d73cb23a7b002481319c1854cf7383fd_08186e7d;
})();

export const Bare_comp_898e6eb37b1816344297a869d929b169_08186e7d = /*#__PURE__*/ (() => {
const Bare_comp_898e6eb37b1816344297a869d929b169_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.sign_out_others"]
    )
});
Bare_comp_898e6eb37b1816344297a869d929b169_08186e7d.displayName = "Bare";
return Bare_comp_898e6eb37b1816344297a869d929b169_08186e7d;
})();

export const Button_button_eac44d5af7db8c8cc8848a4d77322a12_08186e7d = /*#__PURE__*/ (() => {
const Button_button_eac44d5af7db8c8cc8848a4d77322a12_08186e7d = memo(({children, ...rest}) => {
    const on_click_e04e6c1338d4e8bc553d892ac7a4a6bc = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state.end_other_sessions", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_e04e6c1338d4e8bc553d892ac7a4a6bc, size:"4", variant:"soft" }))},children)
    )
});
Button_button_eac44d5af7db8c8cc8848a4d77322a12_08186e7d.displayName = "Button";
return Button_button_eac44d5af7db8c8cc8848a4d77322a12_08186e7d;
})();

export const Cond_comp_ee5e08f29913fdb132f1d4350d70fe33_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_ee5e08f29913fdb132f1d4350d70fe33_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.devices_rx_state_.length > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ee5e08f29913fdb132f1d4350d70fe33_08186e7d.displayName = "Cond";
return Cond_comp_ee5e08f29913fdb132f1d4350d70fe33_08186e7d;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_08186e7d = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_08186e7d.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_08186e7d;
})();

export const Cond_comp_9b7dad57b54c04829b043d8e1f461018_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_9b7dad57b54c04829b043d8e1f461018_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9b7dad57b54c04829b043d8e1f461018_08186e7d.displayName = "Cond";
return Cond_comp_9b7dad57b54c04829b043d8e1f461018_08186e7d;
})();

export const Cond_comp_6059a92e8207f0b228ffdb0e8913e879_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_6059a92e8207f0b228ffdb0e8913e879_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___account____account_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___account____account_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6059a92e8207f0b228ffdb0e8913e879_08186e7d.displayName = "Cond";
return Cond_comp_6059a92e8207f0b228ffdb0e8913e879_08186e7d;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_08186e7d = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_08186e7d.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_08186e7d;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_08186e7d = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_08186e7d = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_08186e7d.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_08186e7d;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_08186e7d = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_08186e7d = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_08186e7d.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_08186e7d;
})();

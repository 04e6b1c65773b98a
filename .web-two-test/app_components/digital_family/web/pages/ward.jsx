
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircleAlert from "lucide-react/dist/esm/icons/circle-alert.mjs"
import LucideCircleHelp from "lucide-react/dist/esm/icons/circle-help.mjs"
import LucideInfo from "lucide-react/dist/esm/icons/info.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {LazyChart} from "$/public/lazy_chart.js"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_2d96fcf1.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_2d96fcf1;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_2d96fcf1.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_2d96fcf1;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_2d96fcf1.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_2d96fcf1;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_2d96fcf1.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_2d96fcf1;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_2d96fcf1.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_2d96fcf1;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_2d96fcf1 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_2d96fcf1.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_2d96fcf1;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_2d96fcf1.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_2d96fcf1;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_2d96fcf1.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_2d96fcf1;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_2d96fcf1.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_2d96fcf1;
})();

export const Bare_comp_83817890024b6a417ebef2d2007d6cd9_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_83817890024b6a417ebef2d2007d6cd9_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.title"]
    )
});
Bare_comp_83817890024b6a417ebef2d2007d6cd9_2d96fcf1.displayName = "Bare";
return Bare_comp_83817890024b6a417ebef2d2007d6cd9_2d96fcf1;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_2d96fcf1.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_2d96fcf1;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_2d96fcf1.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_2d96fcf1;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_2d96fcf1 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_2d96fcf1.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_2d96fcf1;
})();

export const Bare_comp_0b47038f1077e4a99bd8c569eddb48a9_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_0b47038f1077e4a99bd8c569eddb48a9_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.denied_message_rx_state_
    )
});
Bare_comp_0b47038f1077e4a99bd8c569eddb48a9_2d96fcf1.displayName = "Bare";
return Bare_comp_0b47038f1077e4a99bd8c569eddb48a9_2d96fcf1;
})();

export const Link_link_44dbe64b4ec44872994e32e661bd1db8_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_44dbe64b4ec44872994e32e661bd1db8_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"4" }))},jsx(ReactRouterLink,{to:"/bao-cao"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.report"]))
    )
});
Link_link_44dbe64b4ec44872994e32e661bd1db8_2d96fcf1.displayName = "Link";
return Link_link_44dbe64b4ec44872994e32e661bd1db8_2d96fcf1;
})();

export const Link_link_a3adc70b364db28fcb44f2e5feee6dcd_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_a3adc70b364db28fcb44f2e5feee6dcd_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"link-admin", size:"4" }))},jsx(ReactRouterLink,{to:"/quan-tri"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.admin"]))
    )
});
Link_link_a3adc70b364db28fcb44f2e5feee6dcd_2d96fcf1.displayName = "Link";
return Link_link_a3adc70b364db28fcb44f2e5feee6dcd_2d96fcf1;
})();

export const Cond_comp_a92ebb8cf102f7879eb1197bdb128fb7_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_a92ebb8cf102f7879eb1197bdb128fb7_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (pyOr((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "ward_staff"?.valueOf?.()), () => ((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "admin"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a92ebb8cf102f7879eb1197bdb128fb7_2d96fcf1.displayName = "Cond";
return Cond_comp_a92ebb8cf102f7879eb1197bdb128fb7_2d96fcf1;
})();

export const Link_link_ec126487995f9fb84c08c1e4eb42399b_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_ec126487995f9fb84c08c1e4eb42399b_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"4" }))},jsx(ReactRouterLink,{to:"/to"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.title"]))
    )
});
Link_link_ec126487995f9fb84c08c1e4eb42399b_2d96fcf1.displayName = "Link";
return Link_link_ec126487995f9fb84c08c1e4eb42399b_2d96fcf1;
})();

export const Link_link_0ba0af075935e18b5a3c72b16e589789_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_0ba0af075935e18b5a3c72b16e589789_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"4" }))},jsx(ReactRouterLink,{to:"/phuong/chuong-trinh"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.title"]))
    )
});
Link_link_0ba0af075935e18b5a3c72b16e589789_2d96fcf1.displayName = "Link";
return Link_link_0ba0af075935e18b5a3c72b16e589789_2d96fcf1;
})();

export const Link_link_90cf21169ef1f9b74652a3199657c7de_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_90cf21169ef1f9b74652a3199657c7de_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"link-classes", size:"4" }))},jsx(ReactRouterLink,{to:"/lop-hoc"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.link"]))
    )
});
Link_link_90cf21169ef1f9b74652a3199657c7de_2d96fcf1.displayName = "Link";
return Link_link_90cf21169ef1f9b74652a3199657c7de_2d96fcf1;
})();

export const Foreach_comp_7dc6231ae4e1390d812a6c8ff24ccb90_2d96fcf1 = /*#__PURE__*/ (() => {
const Foreach_comp_7dc6231ae4e1390d812a6c8ff24ccb90_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.completion_rx_state_ ?? [],((item_rx_state_,index_e9e4456e2047f604039932df50ec3d44)=>(jsx(RadixThemesCard,{"data-testid":("completion-"+item_rx_state_?.["key"]),key:index_e9e4456e2047f604039932df50ec3d44},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p","data-testid":"completion-value",size:"7",weight:"bold"},item_rx_state_?.["value"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[item_rx_state_?.["label_key"]]))))))
    )
});
Foreach_comp_7dc6231ae4e1390d812a6c8ff24ccb90_2d96fcf1.displayName = "Foreach";
return Foreach_comp_7dc6231ae4e1390d812a6c8ff24ccb90_2d96fcf1;
})();

export const Bare_comp_f99eaed99ed33545916610e07619e207_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_f99eaed99ed33545916610e07619e207_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.indicators"]
    )
});
Bare_comp_f99eaed99ed33545916610e07619e207_2d96fcf1.displayName = "Bare";
return Bare_comp_f99eaed99ed33545916610e07619e207_2d96fcf1;
})();

export const Foreach_comp_0319e163cd83c79d31fbc43164d8afc1_2d96fcf1 = /*#__PURE__*/ (() => {
const Foreach_comp_0319e163cd83c79d31fbc43164d8afc1_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.targets_rx_state_ ?? [],((card_rx_state_,index_463d309855ad931597549cd025bf3747)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":("indicator-"+card_rx_state_?.["code"]),key:index_463d309855ad931597549cd025bf3747},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"4",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["label_key"]]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"between",gap:"3"},jsx(RadixThemesText,{as:"p","data-testid":"indicator-value",size:"8",weight:"bold"},card_rx_state_?.["value"]),jsx(Fragment,{},(() => {
  switch (JSON.stringify(card_rx_state_?.["status"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"3",variant:"soft"},jsx(LucideCircleCheck,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    case JSON.stringify("unmet"):
      return jsx(RadixThemesBadge,{color:"orange",highContrast:true,size:"3",variant:"soft"},jsx(LucideCircleAlert,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    case JSON.stringify("no_data"):
      return jsx(RadixThemesBadge,{color:"gray",highContrast:true,size:"3",variant:"soft"},jsx(LucideCircleHelp,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    case JSON.stringify("no_target"):
      return jsx(RadixThemesBadge,{color:"blue",highContrast:true,size:"3",variant:"soft"},jsx(LucideInfo,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    default:
      return jsx(RadixThemesBadge,{},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
  }
})())),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["height"] : "12px", ["width"] : "100%", ["background"] : "var(--gray-5)", ["borderRadius"] : "6px" })},jsx(RadixThemesBox,{css:({ ["height"] : "100%", ["width"] : card_rx_state_?.["bar"], ["background"] : "#0b5d3b", ["borderRadius"] : "6px" })},),jsx(Fragment,{},(!((card_rx_state_?.["target_mark"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["position"] : "absolute", ["top"] : "-4px", ["bottom"] : "-4px", ["left"] : card_rx_state_?.["target_mark"], ["width"] : "3px", ["background"] : "var(--gray-12)" })},))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"between",gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),"data-testid":"indicator-people",size:"3"},card_rx_state_?.["numerator"]," / ",card_rx_state_?.["denominator"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["unit_key"]]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),"data-testid":"indicator-target",size:"3"},(!((card_rx_state_?.["target"]?.valueOf?.() === ""?.valueOf?.())) ? ((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.target"]+" ")+card_rx_state_?.["target"]) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.no_target"]))))))))
    )
});
Foreach_comp_0319e163cd83c79d31fbc43164d8afc1_2d96fcf1.displayName = "Foreach";
return Foreach_comp_0319e163cd83c79d31fbc43164d8afc1_2d96fcf1;
})();

export const Bare_comp_2c767d5ead35e6ad520bef719f08cce2_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_2c767d5ead35e6ad520bef719f08cce2_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.groups"]
    )
});
Bare_comp_2c767d5ead35e6ad520bef719f08cce2_2d96fcf1.displayName = "Bare";
return Bare_comp_2c767d5ead35e6ad520bef719f08cce2_2d96fcf1;
})();

export const Bare_comp_b5395544fa0d8d7a885e5828ea7d7353_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_b5395544fa0d8d7a885e5828ea7d7353_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.groups_help"]
    )
});
Bare_comp_b5395544fa0d8d7a885e5828ea7d7353_2d96fcf1.displayName = "Bare";
return Bare_comp_b5395544fa0d8d7a885e5828ea7d7353_2d96fcf1;
})();

export const Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.group"]
    )
});
Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_2d96fcf1.displayName = "Bare";
return Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_2d96fcf1;
})();

export const Button_button_25d5b9a9c0e5d4cf21cb73a94d480b2a_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_25d5b9a9c0e5d4cf21cb73a94d480b2a_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_82197e8bdf5f608b05e96562108143b6 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "code" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "48px" }), highContrast:true, onClick:on_click_82197e8bdf5f608b05e96562108143b6, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_25d5b9a9c0e5d4cf21cb73a94d480b2a_2d96fcf1.displayName = "Button";
return Button_button_25d5b9a9c0e5d4cf21cb73a94d480b2a_2d96fcf1;
})();

export const Bare_comp_8395aa94c760f0bff0391aa88e0ed3c5_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_8395aa94c760f0bff0391aa88e0ed3c5_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.public_sector_skills"]
    )
});
Bare_comp_8395aa94c760f0bff0391aa88e0ed3c5_2d96fcf1.displayName = "Bare";
return Bare_comp_8395aa94c760f0bff0391aa88e0ed3c5_2d96fcf1;
})();

export const Bare_comp_e0e59d9161f76465a3b12de4f2af7811_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_e0e59d9161f76465a3b12de4f2af7811_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "public_sector_skills"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_e0e59d9161f76465a3b12de4f2af7811_2d96fcf1.displayName = "Bare";
return Bare_comp_e0e59d9161f76465a3b12de4f2af7811_2d96fcf1;
})();

export const Button_button_be114b9d14868c5e61096dbc3a70f10b_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_be114b9d14868c5e61096dbc3a70f10b_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_0eba3d7d654226d5f58091dea29eeb65 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "public_sector_skills" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.public_sector_skills"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_0eba3d7d654226d5f58091dea29eeb65, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_be114b9d14868c5e61096dbc3a70f10b_2d96fcf1.displayName = "Button";
return Button_button_be114b9d14868c5e61096dbc3a70f10b_2d96fcf1;
})();

export const Bare_comp_60db3fa907a8665ded532defd68f5f02_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_60db3fa907a8665ded532defd68f5f02_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.student_skills"]
    )
});
Bare_comp_60db3fa907a8665ded532defd68f5f02_2d96fcf1.displayName = "Bare";
return Bare_comp_60db3fa907a8665ded532defd68f5f02_2d96fcf1;
})();

export const Bare_comp_b2a75b621776daa7f31bd2b563d4f364_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_b2a75b621776daa7f31bd2b563d4f364_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "student_skills"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_b2a75b621776daa7f31bd2b563d4f364_2d96fcf1.displayName = "Bare";
return Bare_comp_b2a75b621776daa7f31bd2b563d4f364_2d96fcf1;
})();

export const Button_button_48f92907790b12135890b3093de62366_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_48f92907790b12135890b3093de62366_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_49373d7f6c72dde5a033620e90ce265c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "student_skills" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.student_skills"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_49373d7f6c72dde5a033620e90ce265c, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_48f92907790b12135890b3093de62366_2d96fcf1.displayName = "Button";
return Button_button_48f92907790b12135890b3093de62366_2d96fcf1;
})();

export const Bare_comp_dbd84c219ad485452dadabdc4b5fca9e_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_dbd84c219ad485452dadabdc4b5fca9e_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.adult_basic_skills"]
    )
});
Bare_comp_dbd84c219ad485452dadabdc4b5fca9e_2d96fcf1.displayName = "Bare";
return Bare_comp_dbd84c219ad485452dadabdc4b5fca9e_2d96fcf1;
})();

export const Bare_comp_aa83e1cce2b21853e345a9c9cc532485_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_aa83e1cce2b21853e345a9c9cc532485_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "adult_basic_skills"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_aa83e1cce2b21853e345a9c9cc532485_2d96fcf1.displayName = "Bare";
return Bare_comp_aa83e1cce2b21853e345a9c9cc532485_2d96fcf1;
})();

export const Button_button_f89f7b9edefd883a0cf1a5a462d9328a_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_f89f7b9edefd883a0cf1a5a462d9328a_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_b6b0859d9b7f267f3dfe8ac93da2587c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "adult_basic_skills" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.adult_basic_skills"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_b6b0859d9b7f267f3dfe8ac93da2587c, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_f89f7b9edefd883a0cf1a5a462d9328a_2d96fcf1.displayName = "Button";
return Button_button_f89f7b9edefd883a0cf1a5a462d9328a_2d96fcf1;
})();

export const Bare_comp_7f87501aa1fdad18a75aae8feeefe979_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_7f87501aa1fdad18a75aae8feeefe979_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.adult_smartphone"]
    )
});
Bare_comp_7f87501aa1fdad18a75aae8feeefe979_2d96fcf1.displayName = "Bare";
return Bare_comp_7f87501aa1fdad18a75aae8feeefe979_2d96fcf1;
})();

export const Bare_comp_242ef5120e071f683cc5aa66fbdb3d38_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_242ef5120e071f683cc5aa66fbdb3d38_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "adult_smartphone"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_242ef5120e071f683cc5aa66fbdb3d38_2d96fcf1.displayName = "Bare";
return Bare_comp_242ef5120e071f683cc5aa66fbdb3d38_2d96fcf1;
})();

export const Button_button_d071f57173fe7a5d9b028cef771a971c_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_d071f57173fe7a5d9b028cef771a971c_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_36e954989fb4004c06ba27efa9e126d9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "adult_smartphone" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.adult_smartphone"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_36e954989fb4004c06ba27efa9e126d9, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_d071f57173fe7a5d9b028cef771a971c_2d96fcf1.displayName = "Button";
return Button_button_d071f57173fe7a5d9b028cef771a971c_2d96fcf1;
})();

export const Bare_comp_19dd93a0c311649eceb933c0c97cf913_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_19dd93a0c311649eceb933c0c97cf913_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.adult_epayment"]
    )
});
Bare_comp_19dd93a0c311649eceb933c0c97cf913_2d96fcf1.displayName = "Bare";
return Bare_comp_19dd93a0c311649eceb933c0c97cf913_2d96fcf1;
})();

export const Bare_comp_fdfb51731261f739bb6f811c5d4a8ecc_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_fdfb51731261f739bb6f811c5d4a8ecc_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "adult_epayment"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_fdfb51731261f739bb6f811c5d4a8ecc_2d96fcf1.displayName = "Bare";
return Bare_comp_fdfb51731261f739bb6f811c5d4a8ecc_2d96fcf1;
})();

export const Button_button_3a18bf8a8874cfe4bda1ea124ff56a9f_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_3a18bf8a8874cfe4bda1ea124ff56a9f_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_4f6462387c154451479f4e1210b69559 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "adult_epayment" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.adult_epayment"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_4f6462387c154451479f4e1210b69559, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_3a18bf8a8874cfe4bda1ea124ff56a9f_2d96fcf1.displayName = "Button";
return Button_button_3a18bf8a8874cfe4bda1ea124ff56a9f_2d96fcf1;
})();

export const Bare_comp_fe9461630836845b4bb51817803b0374_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_fe9461630836845b4bb51817803b0374_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.enterprise_worker_skills"]
    )
});
Bare_comp_fe9461630836845b4bb51817803b0374_2d96fcf1.displayName = "Bare";
return Bare_comp_fe9461630836845b4bb51817803b0374_2d96fcf1;
})();

export const Bare_comp_932c4606db05becf6f9707b6eaa03d22_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_932c4606db05becf6f9707b6eaa03d22_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "enterprise_worker_skills"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_932c4606db05becf6f9707b6eaa03d22_2d96fcf1.displayName = "Bare";
return Bare_comp_932c4606db05becf6f9707b6eaa03d22_2d96fcf1;
})();

export const Button_button_b9622ff14131445380f6e7505ecd595a_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_b9622ff14131445380f6e7505ecd595a_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_d2388cd114c79bcf117811b18307dccb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "enterprise_worker_skills" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.enterprise_worker_skills"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_d2388cd114c79bcf117811b18307dccb, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_b9622ff14131445380f6e7505ecd595a_2d96fcf1.displayName = "Button";
return Button_button_b9622ff14131445380f6e7505ecd595a_2d96fcf1;
})();

export const Bare_comp_ce7af8aa80674db8f539d753f7e79227_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_ce7af8aa80674db8f539d753f7e79227_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.digital_identity_16plus"]
    )
});
Bare_comp_ce7af8aa80674db8f539d753f7e79227_2d96fcf1.displayName = "Bare";
return Bare_comp_ce7af8aa80674db8f539d753f7e79227_2d96fcf1;
})();

export const Bare_comp_a6fd2f2dc2c00f52d60bf0420a46c3db_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_a6fd2f2dc2c00f52d60bf0420a46c3db_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "digital_identity_16plus"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_a6fd2f2dc2c00f52d60bf0420a46c3db_2d96fcf1.displayName = "Bare";
return Bare_comp_a6fd2f2dc2c00f52d60bf0420a46c3db_2d96fcf1;
})();

export const Button_button_45a90bd5674942747cbbb72e99c1f969_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_45a90bd5674942747cbbb72e99c1f969_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_dd4fc0c297bbbfc0571fe3d28c527752 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "digital_identity_16plus" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.digital_identity_16plus"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_dd4fc0c297bbbfc0571fe3d28c527752, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_45a90bd5674942747cbbb72e99c1f969_2d96fcf1.displayName = "Button";
return Button_button_45a90bd5674942747cbbb72e99c1f969_2d96fcf1;
})();

export const Bare_comp_12af99d0e989fbf151c9f022d79d407a_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_12af99d0e989fbf151c9f022d79d407a_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.household_learning"]
    )
});
Bare_comp_12af99d0e989fbf151c9f022d79d407a_2d96fcf1.displayName = "Bare";
return Bare_comp_12af99d0e989fbf151c9f022d79d407a_2d96fcf1;
})();

export const Bare_comp_cfe263f9499311a1c4768185175d8779_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_cfe263f9499311a1c4768185175d8779_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "household_learning"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_cfe263f9499311a1c4768185175d8779_2d96fcf1.displayName = "Bare";
return Bare_comp_cfe263f9499311a1c4768185175d8779_2d96fcf1;
})();

export const Button_button_dfe4e978577be75a43463f5e7e33c8ff_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_dfe4e978577be75a43463f5e7e33c8ff_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_5d6bcc6704af3665e7047686d5c1d251 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "household_learning" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.household_learning"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_5d6bcc6704af3665e7047686d5c1d251, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_dfe4e978577be75a43463f5e7e33c8ff_2d96fcf1.displayName = "Button";
return Button_button_dfe4e978577be75a43463f5e7e33c8ff_2d96fcf1;
})();

export const Bare_comp_1355adc4615e71665536530e89c2c14f_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_1355adc4615e71665536530e89c2c14f_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.trader_ecommerce"]
    )
});
Bare_comp_1355adc4615e71665536530e89c2c14f_2d96fcf1.displayName = "Bare";
return Bare_comp_1355adc4615e71665536530e89c2c14f_2d96fcf1;
})();

export const Bare_comp_f9f3e4b453792934693004b0ca01aa4c_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_f9f3e4b453792934693004b0ca01aa4c_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "trader_ecommerce"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_f9f3e4b453792934693004b0ca01aa4c_2d96fcf1.displayName = "Bare";
return Bare_comp_f9f3e4b453792934693004b0ca01aa4c_2d96fcf1;
})();

export const Button_button_ef771992f9a62d7ccef08932f58f3256_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_ef771992f9a62d7ccef08932f58f3256_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_7daf7d98860658d2a0bcb3f9c50dd7b0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "trader_ecommerce" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.trader_ecommerce"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_7daf7d98860658d2a0bcb3f9c50dd7b0, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_ef771992f9a62d7ccef08932f58f3256_2d96fcf1.displayName = "Button";
return Button_button_ef771992f9a62d7ccef08932f58f3256_2d96fcf1;
})();

export const Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.trader_cashless"]
    )
});
Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_2d96fcf1.displayName = "Bare";
return Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_2d96fcf1;
})();

export const Bare_comp_8e2738244dab5f00904087e7e9fb3c86_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_8e2738244dab5f00904087e7e9fb3c86_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "trader_cashless"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_8e2738244dab5f00904087e7e9fb3c86_2d96fcf1.displayName = "Bare";
return Bare_comp_8e2738244dab5f00904087e7e9fb3c86_2d96fcf1;
})();

export const Button_button_9decf5e77da304fa6805392da541b034_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_9decf5e77da304fa6805392da541b034_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_bd44852c840121f103659ec64ffb246f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "trader_cashless" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.trader_cashless"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_bd44852c840121f103659ec64ffb246f, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_9decf5e77da304fa6805392da541b034_2d96fcf1.displayName = "Button";
return Button_button_9decf5e77da304fa6805392da541b034_2d96fcf1;
})();

export const Bare_comp_b22ed703cb47952df212f51176d5636f_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_b22ed703cb47952df212f51176d5636f_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.trader_digital_savings"]
    )
});
Bare_comp_b22ed703cb47952df212f51176d5636f_2d96fcf1.displayName = "Bare";
return Bare_comp_b22ed703cb47952df212f51176d5636f_2d96fcf1;
})();

export const Bare_comp_169afcd751057924447df54c896b3eb9_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_169afcd751057924447df54c896b3eb9_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.sort_by_rx_state_?.valueOf?.() === "trader_digital_savings"?.valueOf?.()) ? " \u25b2" : "")
    )
});
Bare_comp_169afcd751057924447df54c896b3eb9_2d96fcf1.displayName = "Bare";
return Bare_comp_169afcd751057924447df54c896b3eb9_2d96fcf1;
})();

export const Button_button_17c2a8f37292ddb2c67d37339dc83854_2d96fcf1 = /*#__PURE__*/ (() => {
const Button_button_17c2a8f37292ddb2c67d37339dc83854_2d96fcf1 = memo(({children, ...rest}) => {
    const on_click_9418bbb1e789d4cf888c9f4227c3456e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.sort", ({ ["column"] : "trader_digital_savings" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.sort_by"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.trader_digital_savings"]), css:({ ["minHeight"] : "48px", ["whiteSpace"] : "normal", ["height"] : "auto" }), highContrast:true, onClick:on_click_9418bbb1e789d4cf888c9f4227c3456e, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_17c2a8f37292ddb2c67d37339dc83854_2d96fcf1.displayName = "Button";
return Button_button_17c2a8f37292ddb2c67d37339dc83854_2d96fcf1;
})();

export const Foreach_comp_aa1da5a3ad4ac2b1e866c3c71b2889ee_2d96fcf1 = /*#__PURE__*/ (() => {
const Foreach_comp_aa1da5a3ad4ac2b1e866c3c71b2889ee_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.rows_rx_state_ ?? [],((row_rx_state_,index_376428a418f0ae496ab8f4d05a407726)=>(jsx("tr",{"data-testid":"group-row",key:index_376428a418f0ae496ab8f4d05a407726},jsx("th",{css:({ ["padding"] : "8px", ["textAlign"] : "left", ["borderBottom"] : "1px solid var(--gray-4)", ["position"] : "sticky", ["left"] : "0", ["background"] : "white", ["zIndex"] : "1" }),scope:"row"},jsx(Fragment,{},(!((row_rx_state_?.["href"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),weight:"bold"},jsx(ReactRouterLink,{to:row_rx_state_?.["href"]},row_rx_state_?.["code"])))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",weight:"bold"},row_rx_state_?.["code"])))))),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["public_sector_skills.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["public_sector_skills.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["public_sector_skills.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["public_sector_skills.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["public_sector_skills.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["public_sector_skills.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["public_sector_skills.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["public_sector_skills.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["student_skills.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["student_skills.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["student_skills.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["student_skills.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["student_skills.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["student_skills.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["student_skills.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["student_skills.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["adult_basic_skills.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["adult_basic_skills.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["adult_basic_skills.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["adult_basic_skills.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["adult_basic_skills.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["adult_basic_skills.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["adult_basic_skills.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["adult_basic_skills.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["adult_smartphone.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["adult_smartphone.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["adult_smartphone.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["adult_smartphone.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["adult_smartphone.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["adult_smartphone.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["adult_smartphone.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["adult_smartphone.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["adult_epayment.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["adult_epayment.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["adult_epayment.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["adult_epayment.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["adult_epayment.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["adult_epayment.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["adult_epayment.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["adult_epayment.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["enterprise_worker_skills.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["enterprise_worker_skills.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["enterprise_worker_skills.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["enterprise_worker_skills.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["enterprise_worker_skills.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["enterprise_worker_skills.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["enterprise_worker_skills.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["enterprise_worker_skills.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["digital_identity_16plus.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["digital_identity_16plus.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["digital_identity_16plus.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["digital_identity_16plus.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["digital_identity_16plus.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["digital_identity_16plus.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["digital_identity_16plus.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["digital_identity_16plus.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["household_learning.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["household_learning.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["household_learning.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["household_learning.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["household_learning.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["household_learning.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["household_learning.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["household_learning.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["trader_ecommerce.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["trader_ecommerce.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["trader_ecommerce.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["trader_ecommerce.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["trader_ecommerce.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["trader_ecommerce.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["trader_ecommerce.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["trader_ecommerce.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["trader_cashless.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["trader_cashless.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["trader_cashless.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["trader_cashless.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["trader_cashless.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["trader_cashless.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["trader_cashless.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["trader_cashless.text"]);
      break;
  }
})())),jsx("td",{css:({ ["background"] : (() => { switch (JSON.stringify(row_rx_state_?.["trader_digital_savings.tone"])) {case JSON.stringify("met"):  return ("var(--green-3)");  break;case JSON.stringify("near"):  return ("var(--amber-3)");  break;case JSON.stringify("far"):  return ("var(--red-3)");  break;case JSON.stringify("info"):  return ("var(--blue-2)");  break;case JSON.stringify("none"):  return ("white");  break;default:  return ("white");  break;};})(), ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(row_rx_state_?.["trader_digital_savings.tone"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2713"," ",row_rx_state_?.["trader_digital_savings.text"]);
      break;
    case JSON.stringify("near"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2248"," ",row_rx_state_?.["trader_digital_savings.text"]);
      break;
    case JSON.stringify("far"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},"\u2717"," ",row_rx_state_?.["trader_digital_savings.text"]);
      break;
    case JSON.stringify("info"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["trader_digital_savings.text"]);
      break;
    case JSON.stringify("none"):
      return jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"2"},""," ",row_rx_state_?.["trader_digital_savings.text"]);
      break;
    default:
      return jsx(RadixThemesText,{as:"p"},row_rx_state_?.["trader_digital_savings.text"]);
      break;
  }
})()))))))
    )
});
Foreach_comp_aa1da5a3ad4ac2b1e866c3c71b2889ee_2d96fcf1.displayName = "Foreach";
return Foreach_comp_aa1da5a3ad4ac2b1e866c3c71b2889ee_2d96fcf1;
})();

export const Iconbutton_iconbutton_0fb7c1271a190fd8bf361bb33a57a5f6_2d96fcf1 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0fb7c1271a190fd8bf361bb33a57a5f6_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const on_click_a158024ad222e341ae69ecf676c21d08 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.previous"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.page_rx_state_ <= 1), highContrast:true, onClick:on_click_a158024ad222e341ae69ecf676c21d08, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_0fb7c1271a190fd8bf361bb33a57a5f6_2d96fcf1.displayName = "IconButton";
return Iconbutton_iconbutton_0fb7c1271a190fd8bf361bb33a57a5f6_2d96fcf1;
})();

export const Bare_comp_07d0876529ce584d308fd624fd198803_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_07d0876529ce584d308fd624fd198803_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.page"]
    )
});
Bare_comp_07d0876529ce584d308fd624fd198803_2d96fcf1.displayName = "Bare";
return Bare_comp_07d0876529ce584d308fd624fd198803_2d96fcf1;
})();

export const Bare_comp_360f71d8c7d9d2864c1e82937402f773_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_360f71d8c7d9d2864c1e82937402f773_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.page_rx_state_
    )
});
Bare_comp_360f71d8c7d9d2864c1e82937402f773_2d96fcf1.displayName = "Bare";
return Bare_comp_360f71d8c7d9d2864c1e82937402f773_2d96fcf1;
})();

export const Bare_comp_815052669fbd8f295c0f62577974836e_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_815052669fbd8f295c0f62577974836e_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.pages_rx_state_
    )
});
Bare_comp_815052669fbd8f295c0f62577974836e_2d96fcf1.displayName = "Bare";
return Bare_comp_815052669fbd8f295c0f62577974836e_2d96fcf1;
})();

export const Iconbutton_iconbutton_205200ecb6500fd1f3c96255449d6a19_2d96fcf1 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_205200ecb6500fd1f3c96255449d6a19_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const on_click_9674d71a43df1b42938f9902e461a093 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.next"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.page_rx_state_ >= reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.pages_rx_state_), highContrast:true, onClick:on_click_9674d71a43df1b42938f9902e461a093, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_205200ecb6500fd1f3c96255449d6a19_2d96fcf1.displayName = "IconButton";
return Iconbutton_iconbutton_205200ecb6500fd1f3c96255449d6a19_2d96fcf1;
})();

export const Bare_comp_68be45f886ec57ebaaabe162a4e0bbe6_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_68be45f886ec57ebaaabe162a4e0bbe6_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.visits.title"]
    )
});
Bare_comp_68be45f886ec57ebaaabe162a4e0bbe6_2d96fcf1.displayName = "Bare";
return Bare_comp_68be45f886ec57ebaaabe162a4e0bbe6_2d96fcf1;
})();

export const Bare_comp_6fbdd4f49f6cf085cb1069fddf7d985e_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_6fbdd4f49f6cf085cb1069fddf7d985e_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.visits.help"]
    )
});
Bare_comp_6fbdd4f49f6cf085cb1069fddf7d985e_2d96fcf1.displayName = "Bare";
return Bare_comp_6fbdd4f49f6cf085cb1069fddf7d985e_2d96fcf1;
})();

export const Bare_comp_12b1324f8214c40d90db390dad218b64_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_12b1324f8214c40d90db390dad218b64_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.visits.week"]
    )
});
Bare_comp_12b1324f8214c40d90db390dad218b64_2d96fcf1.displayName = "Bare";
return Bare_comp_12b1324f8214c40d90db390dad218b64_2d96fcf1;
})();

export const Bare_comp_04c03bdbb0702079a665ab95c499a9ba_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_04c03bdbb0702079a665ab95c499a9ba_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.visits.month"]
    )
});
Bare_comp_04c03bdbb0702079a665ab95c499a9ba_2d96fcf1.displayName = "Bare";
return Bare_comp_04c03bdbb0702079a665ab95c499a9ba_2d96fcf1;
})();

export const Bare_comp_7716fc31e17d35c4ac9c54121cad8a35_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_7716fc31e17d35c4ac9c54121cad8a35_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.visits.visits"]
    )
});
Bare_comp_7716fc31e17d35c4ac9c54121cad8a35_2d96fcf1.displayName = "Bare";
return Bare_comp_7716fc31e17d35c4ac9c54121cad8a35_2d96fcf1;
})();

export const Bare_comp_b203aae240e002c494ee558d98a9300f_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_b203aae240e002c494ee558d98a9300f_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.visits.answers"]
    )
});
Bare_comp_b203aae240e002c494ee558d98a9300f_2d96fcf1.displayName = "Bare";
return Bare_comp_b203aae240e002c494ee558d98a9300f_2d96fcf1;
})();

export const Foreach_comp_df48b6182901ee37f0b68c7bb14de367_2d96fcf1 = /*#__PURE__*/ (() => {
const Foreach_comp_df48b6182901ee37f0b68c7bb14de367_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.visit_rows_rx_state_ ?? [],((row_rx_state_,index_dd9bdfd9912a544daf18424f5d6349e6)=>(jsx("tr",{"data-testid":"visit-figures-row",key:index_dd9bdfd9912a544daf18424f5d6349e6},jsx("th",{css:({ ["padding"] : "8px", ["textAlign"] : "left", ["borderBottom"] : "1px solid var(--gray-4)" }),scope:"row"},row_rx_state_?.["code"]),jsx("td",{css:({ ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},row_rx_state_?.["week"]),jsx("td",{css:({ ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},row_rx_state_?.["month"]),jsx("td",{css:({ ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},row_rx_state_?.["visits"]),jsx("td",{css:({ ["padding"] : "8px", ["textAlign"] : "right", ["borderBottom"] : "1px solid var(--gray-4)" })},row_rx_state_?.["answers"])))))
    )
});
Foreach_comp_df48b6182901ee37f0b68c7bb14de367_2d96fcf1.displayName = "Foreach";
return Foreach_comp_df48b6182901ee37f0b68c7bb14de367_2d96fcf1;
})();

export const Bare_comp_96fc9ef1c77ee2ace26d918f5deee3c0_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_96fc9ef1c77ee2ace26d918f5deee3c0_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.by_group"]
    )
});
Bare_comp_96fc9ef1c77ee2ace26d918f5deee3c0_2d96fcf1.displayName = "Bare";
return Bare_comp_96fc9ef1c77ee2ace26d918f5deee3c0_2d96fcf1;
})();

export const Bare_comp_6187c059a5cbef6657b9eb244dcea435_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_6187c059a5cbef6657b9eb244dcea435_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.chart_page"]
    )
});
Bare_comp_6187c059a5cbef6657b9eb244dcea435_2d96fcf1.displayName = "Bare";
return Bare_comp_6187c059a5cbef6657b9eb244dcea435_2d96fcf1;
})();

export const Bare_comp_d41c48fe34b8a6ddaab3fde801aab92d_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_d41c48fe34b8a6ddaab3fde801aab92d_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.public_sector_skills"]
    )
});
Bare_comp_d41c48fe34b8a6ddaab3fde801aab92d_2d96fcf1.displayName = "Bare";
return Bare_comp_d41c48fe34b8a6ddaab3fde801aab92d_2d96fcf1;
})();

export const Bare_comp_a9a1ac887abf3e4598fada318ce490e6_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_a9a1ac887abf3e4598fada318ce490e6_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.student_skills"]
    )
});
Bare_comp_a9a1ac887abf3e4598fada318ce490e6_2d96fcf1.displayName = "Bare";
return Bare_comp_a9a1ac887abf3e4598fada318ce490e6_2d96fcf1;
})();

export const Bare_comp_6a53e63dc967c53a04c248462e8b4679_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_6a53e63dc967c53a04c248462e8b4679_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.adult_basic_skills"]
    )
});
Bare_comp_6a53e63dc967c53a04c248462e8b4679_2d96fcf1.displayName = "Bare";
return Bare_comp_6a53e63dc967c53a04c248462e8b4679_2d96fcf1;
})();

export const Bare_comp_cc798e5bbf9378cd3695e1767ab667b5_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_cc798e5bbf9378cd3695e1767ab667b5_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.adult_smartphone"]
    )
});
Bare_comp_cc798e5bbf9378cd3695e1767ab667b5_2d96fcf1.displayName = "Bare";
return Bare_comp_cc798e5bbf9378cd3695e1767ab667b5_2d96fcf1;
})();

export const Bare_comp_f671876bbf548cd7374aae160b00677f_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_f671876bbf548cd7374aae160b00677f_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.adult_epayment"]
    )
});
Bare_comp_f671876bbf548cd7374aae160b00677f_2d96fcf1.displayName = "Bare";
return Bare_comp_f671876bbf548cd7374aae160b00677f_2d96fcf1;
})();

export const Bare_comp_8199c304e466bb770d04e0202ea45882_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_8199c304e466bb770d04e0202ea45882_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.enterprise_worker_skills"]
    )
});
Bare_comp_8199c304e466bb770d04e0202ea45882_2d96fcf1.displayName = "Bare";
return Bare_comp_8199c304e466bb770d04e0202ea45882_2d96fcf1;
})();

export const Bare_comp_f77245fe82f5c2977be8286df510a8c6_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_f77245fe82f5c2977be8286df510a8c6_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.digital_identity_16plus"]
    )
});
Bare_comp_f77245fe82f5c2977be8286df510a8c6_2d96fcf1.displayName = "Bare";
return Bare_comp_f77245fe82f5c2977be8286df510a8c6_2d96fcf1;
})();

export const Bare_comp_97af31f77c8cd91213f5ce080d18b442_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_97af31f77c8cd91213f5ce080d18b442_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.household_learning"]
    )
});
Bare_comp_97af31f77c8cd91213f5ce080d18b442_2d96fcf1.displayName = "Bare";
return Bare_comp_97af31f77c8cd91213f5ce080d18b442_2d96fcf1;
})();

export const Bare_comp_82cc0ef87c7f020ce20c14d115a510f3_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_82cc0ef87c7f020ce20c14d115a510f3_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.trader_ecommerce"]
    )
});
Bare_comp_82cc0ef87c7f020ce20c14d115a510f3_2d96fcf1.displayName = "Bare";
return Bare_comp_82cc0ef87c7f020ce20c14d115a510f3_2d96fcf1;
})();

export const Bare_comp_3b403ad2873b42ee4ef56cd5bf72c159_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_3b403ad2873b42ee4ef56cd5bf72c159_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.trader_cashless"]
    )
});
Bare_comp_3b403ad2873b42ee4ef56cd5bf72c159_2d96fcf1.displayName = "Bare";
return Bare_comp_3b403ad2873b42ee4ef56cd5bf72c159_2d96fcf1;
})();

export const Bare_comp_55ebfdc068e5fb87ef3a15372940aa3d_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_55ebfdc068e5fb87ef3a15372940aa3d_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["indicator.trader_digital_savings"]
    )
});
Bare_comp_55ebfdc068e5fb87ef3a15372940aa3d_2d96fcf1.displayName = "Bare";
return Bare_comp_55ebfdc068e5fb87ef3a15372940aa3d_2d96fcf1;
})();

export const Select_select_5212d0c6d3e391628a05e7d5597b3c33_2d96fcf1 = /*#__PURE__*/ (() => {
const Select_select_5212d0c6d3e391628a05e7d5597b3c33_2d96fcf1 = memo(({children, ...rest}) => {
    const on_change_725f80c046fc9070b49e6106d758558e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.choose_indicator", ({ ["code"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.chart_indicator"], css:({ ["minHeight"] : "52px", ["fontSize"] : "16px", ["width"] : "100%", ["padding"] : "0 8px", ["border"] : "1px solid var(--gray-8)", ["borderRadius"] : "8px", ["background"] : "white" }), onChange:on_change_725f80c046fc9070b49e6106d758558e, value:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.chart_code_rx_state_ }))},children)
    )
});
Select_select_5212d0c6d3e391628a05e7d5597b3c33_2d96fcf1.displayName = "Select";
return Select_select_5212d0c6d3e391628a05e7d5597b3c33_2d96fcf1;
})();

export const Lazychart_lazychart_730b78c54fdfcbb1ad4adff4d5374dad_2d96fcf1 = /*#__PURE__*/ (() => {
const Lazychart_lazychart_730b78c54fdfcbb1ad4adff4d5374dad_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(LazyChart,{...mergeSlotProps(rest, ({ data:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.bars_rx_state_, height:260, kind:"bar", label:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.by_group"], legend:true, margin:({ ["top"] : 20, ["bottom"] : 20, ["left"] : 0, ["right"] : 8 }), reference:({ ["y"] : 0, ["color"] : "var(--gray-12)" }), series:[({ ["key"] : "met", ["name"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["status.met"], ["color"] : "#15803d", ["stack"] : "gap", ["labels"] : "top" }), ({ ["key"] : "short", ["name"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["status.unmet"], ["color"] : "#b91c1c", ["stack"] : "gap", ["labels"] : "bottom" })], tooltip:true, xKey:"group", yDomain:["auto", "auto"], yWidth:36 }))},)
    )
});
Lazychart_lazychart_730b78c54fdfcbb1ad4adff4d5374dad_2d96fcf1.displayName = "LazyChart";
return Lazychart_lazychart_730b78c54fdfcbb1ad4adff4d5374dad_2d96fcf1;
})();

export const Bare_comp_5e5ff79b93732bada15cd47d80c15b15_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_5e5ff79b93732bada15cd47d80c15b15_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.gap_help"]
    )
});
Bare_comp_5e5ff79b93732bada15cd47d80c15b15_2d96fcf1.displayName = "Bare";
return Bare_comp_5e5ff79b93732bada15cd47d80c15b15_2d96fcf1;
})();

export const Lazychart_lazychart_cf7e390bb7e7503725dc20e17349ed99_2d96fcf1 = /*#__PURE__*/ (() => {
const Lazychart_lazychart_cf7e390bb7e7503725dc20e17349ed99_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(LazyChart,{...mergeSlotProps(rest, ({ data:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.bars_rx_state_, height:240, kind:"bar", label:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.by_group"], series:[({ ["key"] : "value", ["name"] : "%", ["color"] : "#0b5d3b" })], tooltip:true, xKey:"group", yDomain:[0, 100], yWidth:32 }))},)
    )
});
Lazychart_lazychart_cf7e390bb7e7503725dc20e17349ed99_2d96fcf1.displayName = "LazyChart";
return Lazychart_lazychart_cf7e390bb7e7503725dc20e17349ed99_2d96fcf1;
})();

export const Bare_comp_a511654858a34184edbc6b42e8c1254d_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_a511654858a34184edbc6b42e8c1254d_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.value_help"]
    )
});
Bare_comp_a511654858a34184edbc6b42e8c1254d_2d96fcf1.displayName = "Bare";
return Bare_comp_a511654858a34184edbc6b42e8c1254d_2d96fcf1;
})();

export const Cond_comp_5359c4d63bb64ca77272f2eaa28d67af_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_5359c4d63bb64ca77272f2eaa28d67af_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.chart_has_target_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5359c4d63bb64ca77272f2eaa28d67af_2d96fcf1.displayName = "Cond";
return Cond_comp_5359c4d63bb64ca77272f2eaa28d67af_2d96fcf1;
})();

export const Bare_comp_d01ac9069c7d809bd6772289ca96f267_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_d01ac9069c7d809bd6772289ca96f267_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.over_time"]
    )
});
Bare_comp_d01ac9069c7d809bd6772289ca96f267_2d96fcf1.displayName = "Bare";
return Bare_comp_d01ac9069c7d809bd6772289ca96f267_2d96fcf1;
})();

export const Bare_comp_06fc22b5cf36f921ab668a469d84271d_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_06fc22b5cf36f921ab668a469d84271d_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.ward_only"]
    )
});
Bare_comp_06fc22b5cf36f921ab668a469d84271d_2d96fcf1.displayName = "Bare";
return Bare_comp_06fc22b5cf36f921ab668a469d84271d_2d96fcf1;
})();

export const Foreach_comp_0bcdfd7bd33de7013f2a367a59c37683_2d96fcf1 = /*#__PURE__*/ (() => {
const Foreach_comp_0bcdfd7bd33de7013f2a367a59c37683_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.group_codes_rx_state_ ?? [],((c_rx_state_,index_ed235a38a0740531ba822fdaa96ff707)=>(jsx("option",{key:index_ed235a38a0740531ba822fdaa96ff707,value:c_rx_state_},c_rx_state_))))
    )
});
Foreach_comp_0bcdfd7bd33de7013f2a367a59c37683_2d96fcf1.displayName = "Foreach";
return Foreach_comp_0bcdfd7bd33de7013f2a367a59c37683_2d96fcf1;
})();

export const Select_select_b1c83ad8bbc6cc7cabc31e6ef4c49504_2d96fcf1 = /*#__PURE__*/ (() => {
const Select_select_b1c83ad8bbc6cc7cabc31e6ef4c49504_2d96fcf1 = memo(({children, ...rest}) => {
    const on_change_713a9275c4c662f59504bcc75b95c6ec = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.choose_history_group", ({ ["code"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.compare_group"], css:({ ["minHeight"] : "52px", ["fontSize"] : "16px", ["width"] : "100%", ["padding"] : "0 8px", ["border"] : "1px solid var(--gray-8)", ["borderRadius"] : "8px", ["background"] : "white" }), onChange:on_change_713a9275c4c662f59504bcc75b95c6ec, value:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.history_group_rx_state_ }))},children)
    )
});
Select_select_b1c83ad8bbc6cc7cabc31e6ef4c49504_2d96fcf1.displayName = "Select";
return Select_select_b1c83ad8bbc6cc7cabc31e6ef4c49504_2d96fcf1;
})();

export const Lazychart_lazychart_892284cae8376be09d1f62f0297519ec_2d96fcf1 = /*#__PURE__*/ (() => {
const Lazychart_lazychart_892284cae8376be09d1f62f0297519ec_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(LazyChart,{...mergeSlotProps(rest, ({ data:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.history_rx_state_, height:260, kind:"line", label:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.over_time"], legend:true, series:[({ ["key"] : "ward", ["name"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.ward"], ["color"] : "#0b5d3b", ["width"] : 3 }), ({ ["key"] : "group", ["name"] : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.history_group_rx_state_, ["color"] : "#7c3aed" }), ({ ["key"] : "target", ["name"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.target"], ["color"] : "#c2410c", ["dash"] : "6 3" })], tooltip:true, xKey:"day", yDomain:[0, 100], yWidth:32 }))},)
    )
});
Lazychart_lazychart_892284cae8376be09d1f62f0297519ec_2d96fcf1.displayName = "LazyChart";
return Lazychart_lazychart_892284cae8376be09d1f62f0297519ec_2d96fcf1;
})();

export const Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_2d96fcf1 = /*#__PURE__*/ (() => {
const Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.traders"]
    )
});
Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_2d96fcf1.displayName = "Bare";
return Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_2d96fcf1;
})();

export const Foreach_comp_630d6d793f521c6d27c629fc14fb9966_2d96fcf1 = /*#__PURE__*/ (() => {
const Foreach_comp_630d6d793f521c6d27c629fc14fb9966_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.traders_rx_state_ ?? [],((card_rx_state_,index_463d309855ad931597549cd025bf3747)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":("indicator-"+card_rx_state_?.["code"]),key:index_463d309855ad931597549cd025bf3747},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"4",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["label_key"]]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"between",gap:"3"},jsx(RadixThemesText,{as:"p","data-testid":"indicator-value",size:"8",weight:"bold"},card_rx_state_?.["value"]),jsx(Fragment,{},(() => {
  switch (JSON.stringify(card_rx_state_?.["status"])) {
    case JSON.stringify("met"):
      return jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"3",variant:"soft"},jsx(LucideCircleCheck,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    case JSON.stringify("unmet"):
      return jsx(RadixThemesBadge,{color:"orange",highContrast:true,size:"3",variant:"soft"},jsx(LucideCircleAlert,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    case JSON.stringify("no_data"):
      return jsx(RadixThemesBadge,{color:"gray",highContrast:true,size:"3",variant:"soft"},jsx(LucideCircleHelp,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    case JSON.stringify("no_target"):
      return jsx(RadixThemesBadge,{color:"blue",highContrast:true,size:"3",variant:"soft"},jsx(LucideInfo,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
    default:
      return jsx(RadixThemesBadge,{},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["status_key"]]);
      break;
  }
})())),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["height"] : "12px", ["width"] : "100%", ["background"] : "var(--gray-5)", ["borderRadius"] : "6px" })},jsx(RadixThemesBox,{css:({ ["height"] : "100%", ["width"] : card_rx_state_?.["bar"], ["background"] : "#0b5d3b", ["borderRadius"] : "6px" })},),jsx(Fragment,{},(!((card_rx_state_?.["target_mark"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["position"] : "absolute", ["top"] : "-4px", ["bottom"] : "-4px", ["left"] : card_rx_state_?.["target_mark"], ["width"] : "3px", ["background"] : "var(--gray-12)" })},))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"between",gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),"data-testid":"indicator-people",size:"3"},card_rx_state_?.["numerator"]," / ",card_rx_state_?.["denominator"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["unit_key"]]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),"data-testid":"indicator-target",size:"3"},(!((card_rx_state_?.["target"]?.valueOf?.() === ""?.valueOf?.())) ? ((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.target"]+" ")+card_rx_state_?.["target"]) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.no_target"]))))))))
    )
});
Foreach_comp_630d6d793f521c6d27c629fc14fb9966_2d96fcf1.displayName = "Foreach";
return Foreach_comp_630d6d793f521c6d27c629fc14fb9966_2d96fcf1;
})();

export const Vstack_flex_e66a32f946ef541c56e8a05c27a434c0_2d96fcf1 = /*#__PURE__*/ (() => {
const Vstack_flex_e66a32f946ef541c56e8a05c27a434c0_2d96fcf1 = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    
                    return () => {
                        ((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state.leave", ({  }), ({  })))], args, ({  }))))()
                    }
                }, []);
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"start", className:"rx-Stack", css:({ ["width"] : "100%" }), "data-testid":"ward-ready", direction:"column", gap:"4" }))},children)
    )
});
Vstack_flex_e66a32f946ef541c56e8a05c27a434c0_2d96fcf1.displayName = "VStack";
return Vstack_flex_e66a32f946ef541c56e8a05c27a434c0_2d96fcf1;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_2d96fcf1 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_2d96fcf1.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_2d96fcf1;
})();

export const Cond_comp_c28af13ba29ac810f441ca7290b69bcb_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_c28af13ba29ac810f441ca7290b69bcb_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c28af13ba29ac810f441ca7290b69bcb_2d96fcf1.displayName = "Cond";
return Cond_comp_c28af13ba29ac810f441ca7290b69bcb_2d96fcf1;
})();

export const Cond_comp_8f55ff93978cd09e0743fe283c498bb2_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_8f55ff93978cd09e0743fe283c498bb2_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ward____ward_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ward____ward_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8f55ff93978cd09e0743fe283c498bb2_2d96fcf1.displayName = "Cond";
return Cond_comp_8f55ff93978cd09e0743fe283c498bb2_2d96fcf1;
})();

export const Main_main_ea61072e3c388e246900344cbde55eb9_2d96fcf1 = /*#__PURE__*/ (() => {
const Main_main_ea61072e3c388e246900344cbde55eb9_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "1280px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_ea61072e3c388e246900344cbde55eb9_2d96fcf1.displayName = "Main";
return Main_main_ea61072e3c388e246900344cbde55eb9_2d96fcf1;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_2d96fcf1 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_2d96fcf1 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_2d96fcf1.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_2d96fcf1;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_2d96fcf1 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_2d96fcf1 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_2d96fcf1.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_2d96fcf1;
})();


import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Box as RadixThemesBox,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {LazyChart} from "$/public/lazy_chart.js"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_3cbfbfad = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_3cbfbfad.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_3cbfbfad;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_3cbfbfad = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_3cbfbfad.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_3cbfbfad;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_3cbfbfad.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_3cbfbfad;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_3cbfbfad.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_3cbfbfad;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_3cbfbfad = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_3cbfbfad.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_3cbfbfad;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_3cbfbfad = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_3cbfbfad = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_3cbfbfad.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_3cbfbfad;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_3cbfbfad = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_3cbfbfad.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_3cbfbfad;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_3cbfbfad.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_3cbfbfad;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_3cbfbfad.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_3cbfbfad;
})();

export const Bare_comp_6cd1262fc4a3a4e66c1f5f1e004519ba_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_6cd1262fc4a3a4e66c1f5f1e004519ba_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.title"]
    )
});
Bare_comp_6cd1262fc4a3a4e66c1f5f1e004519ba_3cbfbfad.displayName = "Bare";
return Bare_comp_6cd1262fc4a3a4e66c1f5f1e004519ba_3cbfbfad;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_3cbfbfad.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_3cbfbfad;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_3cbfbfad.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_3cbfbfad;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_3cbfbfad = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_3cbfbfad = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_3cbfbfad.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_3cbfbfad;
})();

export const Bare_comp_d9c96c4988366ae868be30f3fd8f4360_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_d9c96c4988366ae868be30f3fd8f4360_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.denied_message_rx_state_
    )
});
Bare_comp_d9c96c4988366ae868be30f3fd8f4360_3cbfbfad.displayName = "Bare";
return Bare_comp_d9c96c4988366ae868be30f3fd8f4360_3cbfbfad;
})();

export const Bare_comp_c27d83e934ac5ea076998d523bd9a3dd_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_c27d83e934ac5ea076998d523bd9a3dd_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.overall_rx_state_?.["opened"]
    )
});
Bare_comp_c27d83e934ac5ea076998d523bd9a3dd_3cbfbfad.displayName = "Bare";
return Bare_comp_c27d83e934ac5ea076998d523bd9a3dd_3cbfbfad;
})();

export const Bare_comp_12b99848558a48006e7a1c7d5f8d7a9f_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_12b99848558a48006e7a1c7d5f8d7a9f_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.opened"]
    )
});
Bare_comp_12b99848558a48006e7a1c7d5f8d7a9f_3cbfbfad.displayName = "Bare";
return Bare_comp_12b99848558a48006e7a1c7d5f8d7a9f_3cbfbfad;
})();

export const Bare_comp_462d24ec6053721a604916c8a8760e90_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_462d24ec6053721a604916c8a8760e90_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.overall_rx_state_?.["resolved"]
    )
});
Bare_comp_462d24ec6053721a604916c8a8760e90_3cbfbfad.displayName = "Bare";
return Bare_comp_462d24ec6053721a604916c8a8760e90_3cbfbfad;
})();

export const Bare_comp_3cc844b77601c8320baca3a8cb415c09_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_3cc844b77601c8320baca3a8cb415c09_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.resolved"]
    )
});
Bare_comp_3cc844b77601c8320baca3a8cb415c09_3cbfbfad.displayName = "Bare";
return Bare_comp_3cc844b77601c8320baca3a8cb415c09_3cbfbfad;
})();

export const Bare_comp_76f48d10e564376454e9a3b9aa927cc4_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_76f48d10e564376454e9a3b9aa927cc4_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.overall_rx_state_?.["response"]
    )
});
Bare_comp_76f48d10e564376454e9a3b9aa927cc4_3cbfbfad.displayName = "Bare";
return Bare_comp_76f48d10e564376454e9a3b9aa927cc4_3cbfbfad;
})();

export const Bare_comp_eae8de6f49e73129abff4b24472d5ccb_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_eae8de6f49e73129abff4b24472d5ccb_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.hours"]
    )
});
Bare_comp_eae8de6f49e73129abff4b24472d5ccb_3cbfbfad.displayName = "Bare";
return Bare_comp_eae8de6f49e73129abff4b24472d5ccb_3cbfbfad;
})();

export const Bare_comp_236de1455c5e50b225b2cbcb7f62fd32_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_236de1455c5e50b225b2cbcb7f62fd32_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.response"]
    )
});
Bare_comp_236de1455c5e50b225b2cbcb7f62fd32_3cbfbfad.displayName = "Bare";
return Bare_comp_236de1455c5e50b225b2cbcb7f62fd32_3cbfbfad;
})();

export const Bare_comp_b8f42c512f158d68eec7e109c58993c5_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_b8f42c512f158d68eec7e109c58993c5_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.overall_rx_state_?.["resolution"]
    )
});
Bare_comp_b8f42c512f158d68eec7e109c58993c5_3cbfbfad.displayName = "Bare";
return Bare_comp_b8f42c512f158d68eec7e109c58993c5_3cbfbfad;
})();

export const Bare_comp_84bc46a768a52503b23f0e37d46d0d57_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_84bc46a768a52503b23f0e37d46d0d57_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.resolution"]
    )
});
Bare_comp_84bc46a768a52503b23f0e37d46d0d57_3cbfbfad.displayName = "Bare";
return Bare_comp_84bc46a768a52503b23f0e37d46d0d57_3cbfbfad;
})();

export const Bare_comp_2b53b431f2a5ac893a73ed3e6aabf6f7_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_2b53b431f2a5ac893a73ed3e6aabf6f7_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.weeks"]
    )
});
Bare_comp_2b53b431f2a5ac893a73ed3e6aabf6f7_3cbfbfad.displayName = "Bare";
return Bare_comp_2b53b431f2a5ac893a73ed3e6aabf6f7_3cbfbfad;
})();

export const Lazychart_lazychart_5f2c270f3a69abc467a614912181011c_3cbfbfad = /*#__PURE__*/ (() => {
const Lazychart_lazychart_5f2c270f3a69abc467a614912181011c_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(LazyChart,{...mergeSlotProps(rest, ({ allowDecimals:false, data:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.weeks_rx_state_, height:220, kind:"bar", label:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.weeks"], legend:true, series:[({ ["key"] : "opened", ["name"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.opened"], ["color"] : "#c2410c" }), ({ ["key"] : "resolved", ["name"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.resolved"], ["color"] : "#0b5d3b" })], xKey:"week", yWidth:28 }))},)
    )
});
Lazychart_lazychart_5f2c270f3a69abc467a614912181011c_3cbfbfad.displayName = "LazyChart";
return Lazychart_lazychart_5f2c270f3a69abc467a614912181011c_3cbfbfad;
})();

export const Bare_comp_7fb0ea9e14cbbde13efb9c7d6ebeb5b8_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_7fb0ea9e14cbbde13efb9c7d6ebeb5b8_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.by_group"]
    )
});
Bare_comp_7fb0ea9e14cbbde13efb9c7d6ebeb5b8_3cbfbfad.displayName = "Bare";
return Bare_comp_7fb0ea9e14cbbde13efb9c7d6ebeb5b8_3cbfbfad;
})();

export const Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ward.group"]
    )
});
Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_3cbfbfad.displayName = "Bare";
return Bare_comp_98f9c79c1f3be98dc9c050fd86b02193_3cbfbfad;
})();

export const Bare_comp_a3073d00acc277df6487356039a6ecc0_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_a3073d00acc277df6487356039a6ecc0_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.outcome.helped"]
    )
});
Bare_comp_a3073d00acc277df6487356039a6ecc0_3cbfbfad.displayName = "Bare";
return Bare_comp_a3073d00acc277df6487356039a6ecc0_3cbfbfad;
})();

export const Foreach_comp_ecbe5db41e40dfe57c3de1363c945835_3cbfbfad = /*#__PURE__*/ (() => {
const Foreach_comp_ecbe5db41e40dfe57c3de1363c945835_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.by_group_rx_state_ ?? [],((r_rx_state_,index_d31b9ccef15f97cf95fba280d221715b)=>(jsx("tr",{key:index_d31b9ccef15f97cf95fba280d221715b},jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["label"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["opened"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["resolved"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["helped"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["response"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["resolution"])))))
    )
});
Foreach_comp_ecbe5db41e40dfe57c3de1363c945835_3cbfbfad.displayName = "Foreach";
return Foreach_comp_ecbe5db41e40dfe57c3de1363c945835_3cbfbfad;
})();

export const Box_box_696fce34f5bfde79a8dedf40db7cd897_3cbfbfad = /*#__PURE__*/ (() => {
const Box_box_696fce34f5bfde79a8dedf40db7cd897_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.by_group"], css:({ ["overflowX"] : "auto", ["width"] : "100%" }), role:"region", tabIndex:0 }))},children)
    )
});
Box_box_696fce34f5bfde79a8dedf40db7cd897_3cbfbfad.displayName = "Box";
return Box_box_696fce34f5bfde79a8dedf40db7cd897_3cbfbfad;
})();

export const Bare_comp_35b23d2cbd0ee4c9f19ddf4987378a7c_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_35b23d2cbd0ee4c9f19ddf4987378a7c_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.by_ambassador"]
    )
});
Bare_comp_35b23d2cbd0ee4c9f19ddf4987378a7c_3cbfbfad.displayName = "Bare";
return Bare_comp_35b23d2cbd0ee4c9f19ddf4987378a7c_3cbfbfad;
})();

export const Bare_comp_5031ded9e9cbc1fa97349d58196db82e_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_5031ded9e9cbc1fa97349d58196db82e_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["role.ambassador"]
    )
});
Bare_comp_5031ded9e9cbc1fa97349d58196db82e_3cbfbfad.displayName = "Bare";
return Bare_comp_5031ded9e9cbc1fa97349d58196db82e_3cbfbfad;
})();

export const Foreach_comp_8c27f2eee24b57f8bb5786577903e15b_3cbfbfad = /*#__PURE__*/ (() => {
const Foreach_comp_8c27f2eee24b57f8bb5786577903e15b_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.by_ambassador_rx_state_ ?? [],((r_rx_state_,index_d31b9ccef15f97cf95fba280d221715b)=>(jsx("tr",{key:index_d31b9ccef15f97cf95fba280d221715b},jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["label"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["opened"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["resolved"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["helped"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["response"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["resolution"])))))
    )
});
Foreach_comp_8c27f2eee24b57f8bb5786577903e15b_3cbfbfad.displayName = "Foreach";
return Foreach_comp_8c27f2eee24b57f8bb5786577903e15b_3cbfbfad;
})();

export const Box_box_49e50dd853f73d1e1edfd2cdd100cc02_3cbfbfad = /*#__PURE__*/ (() => {
const Box_box_49e50dd853f73d1e1edfd2cdd100cc02_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.by_ambassador"], css:({ ["overflowX"] : "auto", ["width"] : "100%" }), role:"region", tabIndex:0 }))},children)
    )
});
Box_box_49e50dd853f73d1e1edfd2cdd100cc02_3cbfbfad.displayName = "Box";
return Box_box_49e50dd853f73d1e1edfd2cdd100cc02_3cbfbfad;
})();

export const Bare_comp_2140bf5bf871cf90e502c96ab9441c53_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_2140bf5bf871cf90e502c96ab9441c53_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.topics"]
    )
});
Bare_comp_2140bf5bf871cf90e502c96ab9441c53_3cbfbfad.displayName = "Bare";
return Bare_comp_2140bf5bf871cf90e502c96ab9441c53_3cbfbfad;
})();

export const Foreach_comp_825b85c0a5ce809b2531ee3a7c25ce6a_3cbfbfad = /*#__PURE__*/ (() => {
const Foreach_comp_825b85c0a5ce809b2531ee3a7c25ce6a_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.topics_rx_state_ ?? [],((c_rx_state_,index_6d0f30f80bf10b57d9b6e0b8d82ed3d1)=>(jsx(RadixThemesText,{as:"p",key:index_6d0f30f80bf10b57d9b6e0b8d82ed3d1,size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+c_rx_state_?.["topic"])],": ",c_rx_state_?.["count"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.requests"]))))
    )
});
Foreach_comp_825b85c0a5ce809b2531ee3a7c25ce6a_3cbfbfad.displayName = "Foreach";
return Foreach_comp_825b85c0a5ce809b2531ee3a7c25ce6a_3cbfbfad;
})();

export const Bare_comp_eb18c9cf55cc0b378ee90118488a1193_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_eb18c9cf55cc0b378ee90118488a1193_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.changes"]
    )
});
Bare_comp_eb18c9cf55cc0b378ee90118488a1193_3cbfbfad.displayName = "Bare";
return Bare_comp_eb18c9cf55cc0b378ee90118488a1193_3cbfbfad;
})();

export const Foreach_comp_30578ee56c1c61430e491baf23476f56_3cbfbfad = /*#__PURE__*/ (() => {
const Foreach_comp_30578ee56c1c61430e491baf23476f56_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.changes_rx_state_ ?? [],((c_rx_state_,index_917c1a92b79aed0f947cb98457e7baf3)=>(jsx(RadixThemesText,{as:"p",key:index_917c1a92b79aed0f947cb98457e7baf3,size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[c_rx_state_?.["label_key"]],": ",c_rx_state_?.["count"]))))
    )
});
Foreach_comp_30578ee56c1c61430e491baf23476f56_3cbfbfad.displayName = "Foreach";
return Foreach_comp_30578ee56c1c61430e491baf23476f56_3cbfbfad;
})();

export const Bare_comp_91194d34768b73cd9d17e2a5f9f3cdb2_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_91194d34768b73cd9d17e2a5f9f3cdb2_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.traders"]
    )
});
Bare_comp_91194d34768b73cd9d17e2a5f9f3cdb2_3cbfbfad.displayName = "Bare";
return Bare_comp_91194d34768b73cd9d17e2a5f9f3cdb2_3cbfbfad;
})();

export const Bare_comp_5bbbe3c8efe9ba6ab14a08fc2495228b_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_5bbbe3c8efe9ba6ab14a08fc2495228b_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.traders_help"]
    )
});
Bare_comp_5bbbe3c8efe9ba6ab14a08fc2495228b_3cbfbfad.displayName = "Bare";
return Bare_comp_5bbbe3c8efe9ba6ab14a08fc2495228b_3cbfbfad;
})();

export const Bare_comp_88aa9344676bbe5e58353e7dd207a53e_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_88aa9344676bbe5e58353e7dd207a53e_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.all"]
    )
});
Bare_comp_88aa9344676bbe5e58353e7dd207a53e_3cbfbfad.displayName = "Bare";
return Bare_comp_88aa9344676bbe5e58353e7dd207a53e_3cbfbfad;
})();

export const Button_button_2ef720fbe6db07406d918d605cb1d5b7_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_2ef720fbe6db07406d918d605cb1d5b7_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_62fc400829fab672c52f544b589087d5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.filter_missing", ({ ["flag"] : "" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_62fc400829fab672c52f544b589087d5, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_2ef720fbe6db07406d918d605cb1d5b7_3cbfbfad.displayName = "Button";
return Button_button_2ef720fbe6db07406d918d605cb1d5b7_3cbfbfad;
})();

export const Bare_comp_2db7763d61aff6c5587b75c3dead448d_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_2db7763d61aff6c5587b75c3dead448d_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_ecommerce"]
    )
});
Bare_comp_2db7763d61aff6c5587b75c3dead448d_3cbfbfad.displayName = "Bare";
return Bare_comp_2db7763d61aff6c5587b75c3dead448d_3cbfbfad;
})();

export const Button_button_e2643475981ef9f4dffc25993c99748a_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_e2643475981ef9f4dffc25993c99748a_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_da542241b58c33c538966cf29ca179ee = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.filter_missing", ({ ["flag"] : "trader_ecommerce" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === "trader_ecommerce"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_da542241b58c33c538966cf29ca179ee, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === "trader_ecommerce"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_e2643475981ef9f4dffc25993c99748a_3cbfbfad.displayName = "Button";
return Button_button_e2643475981ef9f4dffc25993c99748a_3cbfbfad;
})();

export const Bare_comp_121afdad1ad1e9a1564ad180d897e59c_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_121afdad1ad1e9a1564ad180d897e59c_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_cashless"]
    )
});
Bare_comp_121afdad1ad1e9a1564ad180d897e59c_3cbfbfad.displayName = "Bare";
return Bare_comp_121afdad1ad1e9a1564ad180d897e59c_3cbfbfad;
})();

export const Button_button_508f19248933bbc044df2985109f5a0b_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_508f19248933bbc044df2985109f5a0b_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_6c61b0409cf05108ef354f95fb07b410 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.filter_missing", ({ ["flag"] : "trader_cashless" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === "trader_cashless"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_6c61b0409cf05108ef354f95fb07b410, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === "trader_cashless"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_508f19248933bbc044df2985109f5a0b_3cbfbfad.displayName = "Button";
return Button_button_508f19248933bbc044df2985109f5a0b_3cbfbfad;
})();

export const Bare_comp_193b50f8b62c4e4c539bf97688fddea2_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_193b50f8b62c4e4c539bf97688fddea2_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_digital_savings"]
    )
});
Bare_comp_193b50f8b62c4e4c539bf97688fddea2_3cbfbfad.displayName = "Bare";
return Bare_comp_193b50f8b62c4e4c539bf97688fddea2_3cbfbfad;
})();

export const Button_button_69da1bd8c796141480f8a58dc09aac23_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_69da1bd8c796141480f8a58dc09aac23_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_5debe8346c85271bfce9148479c14e48 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.filter_missing", ({ ["flag"] : "trader_digital_savings" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === "trader_digital_savings"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_5debe8346c85271bfce9148479c14e48, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.missing_rx_state_?.valueOf?.() === "trader_digital_savings"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_69da1bd8c796141480f8a58dc09aac23_3cbfbfad.displayName = "Button";
return Button_button_69da1bd8c796141480f8a58dc09aac23_3cbfbfad;
})();

export const Flex_flex_6fa716029f67d700c3fa1d530882927c_3cbfbfad = /*#__PURE__*/ (() => {
const Flex_flex_6fa716029f67d700c3fa1d530882927c_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.missing"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_6fa716029f67d700c3fa1d530882927c_3cbfbfad.displayName = "Flex";
return Flex_flex_6fa716029f67d700c3fa1d530882927c_3cbfbfad;
})();

export const Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.total"]
    )
});
Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_3cbfbfad.displayName = "Bare";
return Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_3cbfbfad;
})();

export const Bare_comp_5a5c4341abcee407f02044b05776ccae_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_5a5c4341abcee407f02044b05776ccae_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.total_rx_state_
    )
});
Bare_comp_5a5c4341abcee407f02044b05776ccae_3cbfbfad.displayName = "Bare";
return Bare_comp_5a5c4341abcee407f02044b05776ccae_3cbfbfad;
})();

export const Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.full_name"]
    )
});
Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_3cbfbfad.displayName = "Bare";
return Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_3cbfbfad;
})();

export const Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.code"]
    )
});
Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_3cbfbfad.displayName = "Bare";
return Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_3cbfbfad;
})();

export const Bare_comp_dd4c4d935155c404d19d170f92679665_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_dd4c4d935155c404d19d170f92679665_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.address"]
    )
});
Bare_comp_dd4c4d935155c404d19d170f92679665_3cbfbfad.displayName = "Bare";
return Bare_comp_dd4c4d935155c404d19d170f92679665_3cbfbfad;
})();

export const Bare_comp_caf69c03298908725ec558d4b59bfcf1_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_caf69c03298908725ec558d4b59bfcf1_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.phone"]
    )
});
Bare_comp_caf69c03298908725ec558d4b59bfcf1_3cbfbfad.displayName = "Bare";
return Bare_comp_caf69c03298908725ec558d4b59bfcf1_3cbfbfad;
})();

export const Bare_comp_1355adc4615e71665536530e89c2c14f_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_1355adc4615e71665536530e89c2c14f_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.trader_ecommerce"]
    )
});
Bare_comp_1355adc4615e71665536530e89c2c14f_3cbfbfad.displayName = "Bare";
return Bare_comp_1355adc4615e71665536530e89c2c14f_3cbfbfad;
})();

export const Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.trader_cashless"]
    )
});
Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_3cbfbfad.displayName = "Bare";
return Bare_comp_29fb5fac45e3dc04c2e00cf2210e60c5_3cbfbfad;
})();

export const Bare_comp_b22ed703cb47952df212f51176d5636f_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_b22ed703cb47952df212f51176d5636f_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["short.trader_digital_savings"]
    )
});
Bare_comp_b22ed703cb47952df212f51176d5636f_3cbfbfad.displayName = "Bare";
return Bare_comp_b22ed703cb47952df212f51176d5636f_3cbfbfad;
})();

export const Foreach_comp_f44147902b770bfeceb8f8619818d18d_3cbfbfad = /*#__PURE__*/ (() => {
const Foreach_comp_f44147902b770bfeceb8f8619818d18d_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.trader_rows_rx_state_ ?? [],((r_rx_state_,index_d31b9ccef15f97cf95fba280d221715b)=>(jsx("tr",{key:index_d31b9ccef15f97cf95fba280d221715b},jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["name"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["household"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["address"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},r_rx_state_?.["phone"]),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},(!((r_rx_state_?.["trader_ecommerce"]?.valueOf?.() === ""?.valueOf?.())) ? "\u2713" : "\u2717")),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},(!((r_rx_state_?.["trader_cashless"]?.valueOf?.() === ""?.valueOf?.())) ? "\u2713" : "\u2717")),jsx("td",{css:({ ["padding"] : "6px", ["borderTop"] : "1px solid var(--gray-4)" })},(!((r_rx_state_?.["trader_digital_savings"]?.valueOf?.() === ""?.valueOf?.())) ? "\u2713" : "\u2717"))))))
    )
});
Foreach_comp_f44147902b770bfeceb8f8619818d18d_3cbfbfad.displayName = "Foreach";
return Foreach_comp_f44147902b770bfeceb8f8619818d18d_3cbfbfad;
})();

export const Box_box_b1d64522d0edda9fcd05f0a69c4834ac_3cbfbfad = /*#__PURE__*/ (() => {
const Box_box_b1d64522d0edda9fcd05f0a69c4834ac_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["programme.traders"], css:({ ["overflowX"] : "auto", ["width"] : "100%" }), role:"region", tabIndex:0 }))},children)
    )
});
Box_box_b1d64522d0edda9fcd05f0a69c4834ac_3cbfbfad.displayName = "Box";
return Box_box_b1d64522d0edda9fcd05f0a69c4834ac_3cbfbfad;
})();

export const Iconbutton_iconbutton_903c00acc09b8dc702cbdfe8b50425a0_3cbfbfad = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_903c00acc09b8dc702cbdfe8b50425a0_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
const on_click_7200355e3e646ac2fb44bed6e4519a18 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.previous"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.page_rx_state_ <= 1), highContrast:true, onClick:on_click_7200355e3e646ac2fb44bed6e4519a18, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_903c00acc09b8dc702cbdfe8b50425a0_3cbfbfad.displayName = "IconButton";
return Iconbutton_iconbutton_903c00acc09b8dc702cbdfe8b50425a0_3cbfbfad;
})();

export const Bare_comp_07d0876529ce584d308fd624fd198803_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_07d0876529ce584d308fd624fd198803_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.page"]
    )
});
Bare_comp_07d0876529ce584d308fd624fd198803_3cbfbfad.displayName = "Bare";
return Bare_comp_07d0876529ce584d308fd624fd198803_3cbfbfad;
})();

export const Bare_comp_1a930ac1461d5061759445940cdd6f27_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_1a930ac1461d5061759445940cdd6f27_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.page_rx_state_
    )
});
Bare_comp_1a930ac1461d5061759445940cdd6f27_3cbfbfad.displayName = "Bare";
return Bare_comp_1a930ac1461d5061759445940cdd6f27_3cbfbfad;
})();

export const Bare_comp_a45e1b3128fa453a74591a4f27392870_3cbfbfad = /*#__PURE__*/ (() => {
const Bare_comp_a45e1b3128fa453a74591a4f27392870_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.pages_rx_state_
    )
});
Bare_comp_a45e1b3128fa453a74591a4f27392870_3cbfbfad.displayName = "Bare";
return Bare_comp_a45e1b3128fa453a74591a4f27392870_3cbfbfad;
})();

export const Iconbutton_iconbutton_6c89dfcfaf7ac537283da0555cbb1986_3cbfbfad = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_6c89dfcfaf7ac537283da0555cbb1986_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
const on_click_75beb946fac460d3bc96dcd04fe760c7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.next"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.page_rx_state_ >= reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.pages_rx_state_), highContrast:true, onClick:on_click_75beb946fac460d3bc96dcd04fe760c7, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_6c89dfcfaf7ac537283da0555cbb1986_3cbfbfad.displayName = "IconButton";
return Iconbutton_iconbutton_6c89dfcfaf7ac537283da0555cbb1986_3cbfbfad;
})();

export const Button_button_6dcbb1cb65b294d17015d0b6594851c8_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_6dcbb1cb65b294d17015d0b6594851c8_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_d149bda16fe6f06d44a605a630d58e58 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.export", ({ ["fmt"] : "csv" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_d149bda16fe6f06d44a605a630d58e58, size:"4", variant:"outline" }))},children)
    )
});
Button_button_6dcbb1cb65b294d17015d0b6594851c8_3cbfbfad.displayName = "Button";
return Button_button_6dcbb1cb65b294d17015d0b6594851c8_3cbfbfad;
})();

export const Button_button_b4ed082350c9efd179c1eb789d825331_3cbfbfad = /*#__PURE__*/ (() => {
const Button_button_b4ed082350c9efd179c1eb789d825331_3cbfbfad = memo(({children, ...rest}) => {
    const on_click_f35b9953eca9fa2e771f795a9b710b2a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state.export", ({ ["fmt"] : "xlsx" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_f35b9953eca9fa2e771f795a9b710b2a, size:"4", variant:"outline" }))},children)
    )
});
Button_button_b4ed082350c9efd179c1eb789d825331_3cbfbfad.displayName = "Button";
return Button_button_b4ed082350c9efd179c1eb789d825331_3cbfbfad;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_3cbfbfad = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_3cbfbfad.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_3cbfbfad;
})();

export const Cond_comp_b735b59df0c02b469a42fc85b34f51bf_3cbfbfad = /*#__PURE__*/ (() => {
const Cond_comp_b735b59df0c02b469a42fc85b34f51bf_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b735b59df0c02b469a42fc85b34f51bf_3cbfbfad.displayName = "Cond";
return Cond_comp_b735b59df0c02b469a42fc85b34f51bf_3cbfbfad;
})();

export const Cond_comp_65158bdcdd464a2b505e5599f52ccd84_3cbfbfad = /*#__PURE__*/ (() => {
const Cond_comp_65158bdcdd464a2b505e5599f52ccd84_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___programme____programme_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___programme____programme_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_65158bdcdd464a2b505e5599f52ccd84_3cbfbfad.displayName = "Cond";
return Cond_comp_65158bdcdd464a2b505e5599f52ccd84_3cbfbfad;
})();

export const Main_main_ea61072e3c388e246900344cbde55eb9_3cbfbfad = /*#__PURE__*/ (() => {
const Main_main_ea61072e3c388e246900344cbde55eb9_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "1280px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_ea61072e3c388e246900344cbde55eb9_3cbfbfad.displayName = "Main";
return Main_main_ea61072e3c388e246900344cbde55eb9_3cbfbfad;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_3cbfbfad = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_3cbfbfad = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_3cbfbfad.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_3cbfbfad;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_3cbfbfad = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_3cbfbfad = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_3cbfbfad.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_3cbfbfad;
})();

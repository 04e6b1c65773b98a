
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,Flex as RadixThemesFlex,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideChevronLeft from "lucide-react/dist/esm/icons/chevron-left.mjs"
import LucideBadgeCheck from "lucide-react/dist/esm/icons/badge-check.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideUserPlus from "lucide-react/dist/esm/icons/user-plus.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_0c45b2b8 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_0c45b2b8.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_0c45b2b8;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_0c45b2b8 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_0c45b2b8.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_0c45b2b8;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_0c45b2b8.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_0c45b2b8;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_0c45b2b8 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_0c45b2b8 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_0c45b2b8.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_0c45b2b8;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_0c45b2b8 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_0c45b2b8.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_0c45b2b8;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_0c45b2b8 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_0c45b2b8.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_0c45b2b8;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_0c45b2b8.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_0c45b2b8;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_0c45b2b8.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_0c45b2b8;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_0c45b2b8 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_0c45b2b8 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_0c45b2b8.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_0c45b2b8;
})();

export const Link_link_80495cc5b1f247d036b95feb5b52a48b_0c45b2b8 = /*#__PURE__*/ (() => {
const Link_link_80495cc5b1f247d036b95feb5b52a48b_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "inline-flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"3" }))},jsx(ReactRouterLink,{to:"/lop-hoc"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideChevronLeft,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.back"])))
    )
});
Link_link_80495cc5b1f247d036b95feb5b52a48b_0c45b2b8.displayName = "Link";
return Link_link_80495cc5b1f247d036b95feb5b52a48b_0c45b2b8;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_0c45b2b8.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_0c45b2b8;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_0c45b2b8.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_0c45b2b8;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_0c45b2b8 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_0c45b2b8.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_0c45b2b8;
})();

export const Bare_comp_48cfeb8367e9913f299ca8fdb3095364_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_48cfeb8367e9913f299ca8fdb3095364_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.denied_message_rx_state_
    )
});
Bare_comp_48cfeb8367e9913f299ca8fdb3095364_0c45b2b8.displayName = "Bare";
return Bare_comp_48cfeb8367e9913f299ca8fdb3095364_0c45b2b8;
})();

export const Bare_comp_004c4c96dc83ed51bc5b1a3943466058_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_004c4c96dc83ed51bc5b1a3943466058_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.title_rx_state_
    )
});
Bare_comp_004c4c96dc83ed51bc5b1a3943466058_0c45b2b8.displayName = "Bare";
return Bare_comp_004c4c96dc83ed51bc5b1a3943466058_0c45b2b8;
})();

export const Bare_comp_2f69da1c89c33bc8dce36f0fd3e7f8b3_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_2f69da1c89c33bc8dce36f0fd3e7f8b3_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.help"]
    )
});
Bare_comp_2f69da1c89c33bc8dce36f0fd3e7f8b3_0c45b2b8.displayName = "Bare";
return Bare_comp_2f69da1c89c33bc8dce36f0fd3e7f8b3_0c45b2b8;
})();

export const Bare_comp_d0871394ddcc165a9eb59e2a8e58caba_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_d0871394ddcc165a9eb59e2a8e58caba_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.read_only"]
    )
});
Bare_comp_d0871394ddcc165a9eb59e2a8e58caba_0c45b2b8.displayName = "Bare";
return Bare_comp_d0871394ddcc165a9eb59e2a8e58caba_0c45b2b8;
})();

export const Cond_comp_51c97fbdb44a59fdd82e5837c67d49cd_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_51c97fbdb44a59fdd82e5837c67d49cd_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.teaches_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_51c97fbdb44a59fdd82e5837c67d49cd_0c45b2b8.displayName = "Cond";
return Cond_comp_51c97fbdb44a59fdd82e5837c67d49cd_0c45b2b8;
})();

export const Foreach_comp_995e0f9a9122a732b95676793a69b9e7_0c45b2b8 = /*#__PURE__*/ (() => {
const Foreach_comp_995e0f9a9122a732b95676793a69b9e7_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.session_choices_rx_state_ ?? [],((c_rx_state_,index_7a4e08855e74be6132cb1bd29c502d67)=>(jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.session_id_rx_state_?.valueOf?.() === c_rx_state_?.["name"]?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["height"] : "auto", ["whiteSpace"] : "normal", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["textAlign"] : "left", ["maxWidth"] : "100%" }),highContrast:true,key:index_7a4e08855e74be6132cb1bd29c502d67,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.choose_session", ({ ["session_id"] : c_rx_state_?.["name"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.session_id_rx_state_?.valueOf?.() === c_rx_state_?.["name"]?.valueOf?.()) ? "solid" : "outline")},c_rx_state_?.["label"]))))
    )
});
Foreach_comp_995e0f9a9122a732b95676793a69b9e7_0c45b2b8.displayName = "Foreach";
return Foreach_comp_995e0f9a9122a732b95676793a69b9e7_0c45b2b8;
})();

export const Flex_flex_33e39084c803ae3db02a1ad840872101_0c45b2b8 = /*#__PURE__*/ (() => {
const Flex_flex_33e39084c803ae3db02a1ad840872101_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.session"], css:({ ["gap"] : "8px", ["width"] : "100%" }), "data-testid":"session-choices", role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_33e39084c803ae3db02a1ad840872101_0c45b2b8.displayName = "Flex";
return Flex_flex_33e39084c803ae3db02a1ad840872101_0c45b2b8;
})();

export const Bare_comp_365ff4074ca35ea1f5ed864f74479a3c_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_365ff4074ca35ea1f5ed864f74479a3c_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.came_line_rx_state_
    )
});
Bare_comp_365ff4074ca35ea1f5ed864f74479a3c_0c45b2b8.displayName = "Bare";
return Bare_comp_365ff4074ca35ea1f5ed864f74479a3c_0c45b2b8;
})();

export const Bare_comp_c8d72e2de5cefd87defb9003954950e6_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_c8d72e2de5cefd87defb9003954950e6_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.notice_rx_state_
    )
});
Bare_comp_c8d72e2de5cefd87defb9003954950e6_0c45b2b8.displayName = "Bare";
return Bare_comp_c8d72e2de5cefd87defb9003954950e6_0c45b2b8;
})();

export const Text_text_4625e0dc71253680821f91ec7c8e6d1b_0c45b2b8 = /*#__PURE__*/ (() => {
const Text_text_4625e0dc71253680821f91ec7c8e6d1b_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "#0b5d3b" : "var(--red-12)") }), role:"status", size:"3" }))},children)
    )
});
Text_text_4625e0dc71253680821f91ec7c8e6d1b_0c45b2b8.displayName = "Text";
return Text_text_4625e0dc71253680821f91ec7c8e6d1b_0c45b2b8;
})();

export const Cond_comp_7f543aba2bdd8dbd8aa71daf4825aa69_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_7f543aba2bdd8dbd8aa71daf4825aa69_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f543aba2bdd8dbd8aa71daf4825aa69_0c45b2b8.displayName = "Cond";
return Cond_comp_7f543aba2bdd8dbd8aa71daf4825aa69_0c45b2b8;
})();

export const Bare_comp_7b8bf3de53ce05d808ab2a3cd1bf8ba5_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_7b8bf3de53ce05d808ab2a3cd1bf8ba5_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.no_one"]
    )
});
Bare_comp_7b8bf3de53ce05d808ab2a3cd1bf8ba5_0c45b2b8.displayName = "Bare";
return Bare_comp_7b8bf3de53ce05d808ab2a3cd1bf8ba5_0c45b2b8;
})();

export const Cond_comp_1c0ff51b160fa4550e835840c008e1d9_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_1c0ff51b160fa4550e835840c008e1d9_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.learners_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1c0ff51b160fa4550e835840c008e1d9_0c45b2b8.displayName = "Cond";
return Cond_comp_1c0ff51b160fa4550e835840c008e1d9_0c45b2b8;
})();

export const Foreach_comp_67321ff46b1daefacc44c105fcf486c7_0c45b2b8 = /*#__PURE__*/ (() => {
const Foreach_comp_67321ff46b1daefacc44c105fcf486c7_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")

    const handleSubmit_5975631beef38e1e4ff1a0a56ca7e907 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.complete", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.learners_rx_state_ ?? [],((row_rx_state_,index_8b81a46e331d2de11bd7590d89cf5927)=>(jsx(Fragment,{key:index_8b81a46e331d2de11bd7590d89cf5927},(!(row_rx_state_?.["waiting"])?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["width"] : "100%", ["borderBottom"] : "1px solid var(--gray-5)" }),"data-member":row_rx_state_?.["name"],"data-testid":"learner-row"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx("label",{css:({ ["display"] : "flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["flex"] : "1", ["minWidth"] : "0", ["cursor"] : "pointer", ["paddingTop"] : "4px", ["paddingBottom"] : "4px" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["flex"] : "1" }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":(row_rx_state_?.["name"]+" \u00b7 "+row_rx_state_?.["code"]),checked:row_rx_state_?.["here"],disabled:!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.teaches_rx_state_),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.set_present", ({ ["member_id"] : row_rx_state_?.["member_id"], ["present"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"3"},),"")),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"4",weight:"medium"},row_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},row_rx_state_?.["code"])))),jsx(Fragment,{},(row_rx_state_?.["completed"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"2"},jsx(LucideBadgeCheck,{size:16},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.completed"]))):(jsx(Fragment,{},(pyAnd(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.teaches_rx_state_, () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.completing_rx_state_?.valueOf?.() !== row_rx_state_?.["member_id"]?.valueOf?.())))?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.complete"]+": "+row_rx_state_?.["name"]),css:({ ["minHeight"] : "52px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.open_complete", ({ ["member_id"] : row_rx_state_?.["member_id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.complete"]))):(jsx(Fragment,{},)))))))),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.completing_rx_state_?.valueOf?.() === row_rx_state_?.["member_id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),"data-testid":"complete-form",onSubmit:handleSubmit_5975631beef38e1e4ff1a0a56ca7e907},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},row_rx_state_?.["name"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.complete_title"]),jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.agree"],checked:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.agree_rx_state_,onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.set_agree", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.agree"]))),jsx(Fragment,{},(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.agree_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.skills"]),Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.skill_choices_rx_state_ ?? [],((c_rx_state_,index_e0222aa2393cc151fb168b756fe94d6e)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" }),key:index_e0222aa2393cc151fb168b756fe94d6e},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":c_rx_state_?.["label"],defaultChecked:true,name:c_rx_state_?.["name"],size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},c_rx_state_?.["label"]))))))))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["flex"] : "1", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),size:"3",type:"submit"},jsx(LucideCheck,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.confirm_complete"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.close_complete", ({  }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"])))))):(jsx(Fragment,{},))))))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_67321ff46b1daefacc44c105fcf486c7_0c45b2b8.displayName = "Foreach";
return Foreach_comp_67321ff46b1daefacc44c105fcf486c7_0c45b2b8;
})();

export const Bare_comp_275454d915c2e517d3a293137b6b74ef_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_275454d915c2e517d3a293137b6b74ef_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.waiting_list"]
    )
});
Bare_comp_275454d915c2e517d3a293137b6b74ef_0c45b2b8.displayName = "Bare";
return Bare_comp_275454d915c2e517d3a293137b6b74ef_0c45b2b8;
})();

export const Foreach_comp_f4fffe6c734ea309cf09412d87fb7cdd_0c45b2b8 = /*#__PURE__*/ (() => {
const Foreach_comp_f4fffe6c734ea309cf09412d87fb7cdd_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.learners_rx_state_ ?? [],((row_rx_state_,index_b6f297aa604c4f7ae8511ad09189db37)=>(jsx(Fragment,{key:index_b6f297aa604c4f7ae8511ad09189db37},(row_rx_state_?.["waiting"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"3"},"\u2022 ",row_rx_state_?.["name"]," (",row_rx_state_?.["code"],")"))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_f4fffe6c734ea309cf09412d87fb7cdd_0c45b2b8.displayName = "Foreach";
return Foreach_comp_f4fffe6c734ea309cf09412d87fb7cdd_0c45b2b8;
})();

export const Cond_comp_bb5cb6a847a58a3a13786b8197379d4c_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_bb5cb6a847a58a3a13786b8197379d4c_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.waiting_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bb5cb6a847a58a3a13786b8197379d4c_0c45b2b8.displayName = "Cond";
return Cond_comp_bb5cb6a847a58a3a13786b8197379d4c_0c45b2b8;
})();

export const Bare_comp_1ba216aea76fc49c6428784cc06dd578_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_1ba216aea76fc49c6428784cc06dd578_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.walk_in"]
    )
});
Bare_comp_1ba216aea76fc49c6428784cc06dd578_0c45b2b8.displayName = "Bare";
return Bare_comp_1ba216aea76fc49c6428784cc06dd578_0c45b2b8;
})();

export const Bare_comp_d34b61aff062de189c411cedfd729a74_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_d34b61aff062de189c411cedfd729a74_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.walk_in_help"]
    )
});
Bare_comp_d34b61aff062de189c411cedfd729a74_0c45b2b8.displayName = "Bare";
return Bare_comp_d34b61aff062de189c411cedfd729a74_0c45b2b8;
})();

export const Textfieldroot_textfield__root_1a2f35630926c439e0f948a62757a57c_0c45b2b8 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_1a2f35630926c439e0f948a62757a57c_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.placeholder"], css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["flex"] : "1" }), name:"query", placeholder:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.placeholder"] }))},)
    )
});
Textfieldroot_textfield__root_1a2f35630926c439e0f948a62757a57c_0c45b2b8.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_1a2f35630926c439e0f948a62757a57c_0c45b2b8;
})();

export const Bare_comp_0655d8b0e1133e1724e9830ad295206c_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_0655d8b0e1133e1724e9830ad295206c_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.search"]
    )
});
Bare_comp_0655d8b0e1133e1724e9830ad295206c_0c45b2b8.displayName = "Bare";
return Bare_comp_0655d8b0e1133e1724e9830ad295206c_0c45b2b8;
})();

export const Form_root_f47bd5ed1e522778b2b074be8c5de8c1_0c45b2b8 = /*#__PURE__*/ (() => {
const Form_root_f47bd5ed1e522778b2b074be8c5de8c1_0c45b2b8 = memo(({children, ...rest}) => {
    
    const handleSubmit_1e3fd9ba40489b21509cdbe62de4ea38 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.search", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_1e3fd9ba40489b21509cdbe62de4ea38 }))},children)
    )
});
Form_root_f47bd5ed1e522778b2b074be8c5de8c1_0c45b2b8.displayName = "Form";
return Form_root_f47bd5ed1e522778b2b074be8c5de8c1_0c45b2b8;
})();

export const Bare_comp_f03f0a869789cf2b06423dce6d4a5372_0c45b2b8 = /*#__PURE__*/ (() => {
const Bare_comp_f03f0a869789cf2b06423dce6d4a5372_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.none_found"]
    )
});
Bare_comp_f03f0a869789cf2b06423dce6d4a5372_0c45b2b8.displayName = "Bare";
return Bare_comp_f03f0a869789cf2b06423dce6d4a5372_0c45b2b8;
})();

export const Cond_comp_05c0f477bc71ac76d97aefaf1d643ec4_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_05c0f477bc71ac76d97aefaf1d643ec4_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        (pyAnd(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.searched_rx_state_, () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.found_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_05c0f477bc71ac76d97aefaf1d643ec4_0c45b2b8.displayName = "Cond";
return Cond_comp_05c0f477bc71ac76d97aefaf1d643ec4_0c45b2b8;
})();

export const Foreach_comp_c942293fd4614c8f601a23b98a8e29e3_0c45b2b8 = /*#__PURE__*/ (() => {
const Foreach_comp_c942293fd4614c8f601a23b98a8e29e3_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.found_rx_state_ ?? [],((f_rx_state_,index_f97cb32c3762e9d6627aca3fe9db2fe1)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"walk-in-result",direction:"row",key:index_f97cb32c3762e9d6627aca3fe9db2fe1,gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},f_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},f_rx_state_?.["code"])),jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.add"]+": "+f_rx_state_?.["name"]),css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state.add_walk_in", ({ ["member_id"] : f_rx_state_?.["member_id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button"},jsx(LucideUserPlus,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["attend.add"])))))
    )
});
Foreach_comp_c942293fd4614c8f601a23b98a8e29e3_0c45b2b8.displayName = "Foreach";
return Foreach_comp_c942293fd4614c8f601a23b98a8e29e3_0c45b2b8;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_0c45b2b8 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_0c45b2b8.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_0c45b2b8;
})();

export const Cond_comp_027bbc9df76d8bb66c26da8fc6bdcf8c_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_027bbc9df76d8bb66c26da8fc6bdcf8c_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_027bbc9df76d8bb66c26da8fc6bdcf8c_0c45b2b8.displayName = "Cond";
return Cond_comp_027bbc9df76d8bb66c26da8fc6bdcf8c_0c45b2b8;
})();

export const Cond_comp_bebc26f1b1dc48c3ad7f8fbb43331231_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_bebc26f1b1dc48c3ad7f8fbb43331231_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___class_attendance____attendance_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___class_attendance____attendance_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bebc26f1b1dc48c3ad7f8fbb43331231_0c45b2b8.displayName = "Cond";
return Cond_comp_bebc26f1b1dc48c3ad7f8fbb43331231_0c45b2b8;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_0c45b2b8 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_0c45b2b8.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_0c45b2b8;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_0c45b2b8 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_0c45b2b8 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_0c45b2b8.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_0c45b2b8;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_0c45b2b8 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_0c45b2b8 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_0c45b2b8.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_0c45b2b8;
})();

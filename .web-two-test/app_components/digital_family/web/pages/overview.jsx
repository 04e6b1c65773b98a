
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Flex as RadixThemesFlex,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
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
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_5d76e765 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_5d76e765 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_5d76e765.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_5d76e765;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_5d76e765 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_5d76e765 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_5d76e765.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_5d76e765;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_5d76e765.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_5d76e765;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_5d76e765 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_5d76e765 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_5d76e765.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_5d76e765;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_5d76e765 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_5d76e765 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_5d76e765.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_5d76e765;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_5d76e765 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_5d76e765 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_5d76e765.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_5d76e765;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_5d76e765 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_5d76e765.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_5d76e765;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_5d76e765.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_5d76e765;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_5d76e765 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_5d76e765 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_5d76e765.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_5d76e765;
})();

export const Bare_comp_e58cb54d1dd2ba0a8cf3836ac90b072c_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_e58cb54d1dd2ba0a8cf3836ac90b072c_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.title"]
    )
});
Bare_comp_e58cb54d1dd2ba0a8cf3836ac90b072c_5d76e765.displayName = "Bare";
return Bare_comp_e58cb54d1dd2ba0a8cf3836ac90b072c_5d76e765;
})();

export const Bare_comp_c03499c895f5745054dcfc796e408622_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_c03499c895f5745054dcfc796e408622_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.ward_name_rx_state_
    )
});
Bare_comp_c03499c895f5745054dcfc796e408622_5d76e765.displayName = "Bare";
return Bare_comp_c03499c895f5745054dcfc796e408622_5d76e765;
})();

export const Bare_comp_df776558416d6475f5dda86a4839f6df_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_df776558416d6475f5dda86a4839f6df_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.year"]
    )
});
Bare_comp_df776558416d6475f5dda86a4839f6df_5d76e765.displayName = "Bare";
return Bare_comp_df776558416d6475f5dda86a4839f6df_5d76e765;
})();

export const Bare_comp_8377d79ce89379b737a1a5d6ee2d08f9_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_8377d79ce89379b737a1a5d6ee2d08f9_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.year_rx_state_
    )
});
Bare_comp_8377d79ce89379b737a1a5d6ee2d08f9_5d76e765.displayName = "Bare";
return Bare_comp_8377d79ce89379b737a1a5d6ee2d08f9_5d76e765;
})();

export const Bare_comp_7c243d7b7baa385b9fe2c3e1221117b8_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_7c243d7b7baa385b9fe2c3e1221117b8_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.tagline"]
    )
});
Bare_comp_7c243d7b7baa385b9fe2c3e1221117b8_5d76e765.displayName = "Bare";
return Bare_comp_7c243d7b7baa385b9fe2c3e1221117b8_5d76e765;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_5d76e765.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_5d76e765;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_5d76e765.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_5d76e765;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_5d76e765 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_5d76e765 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_5d76e765.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_5d76e765;
})();

export const Bare_comp_4e12b4eb1132296053fbdaa1ade9da24_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_4e12b4eb1132296053fbdaa1ade9da24_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.denied_message_rx_state_
    )
});
Bare_comp_4e12b4eb1132296053fbdaa1ade9da24_5d76e765.displayName = "Bare";
return Bare_comp_4e12b4eb1132296053fbdaa1ade9da24_5d76e765;
})();

export const Bare_comp_32278ae66761ecf3a928e7015fc1480e_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_32278ae66761ecf3a928e7015fc1480e_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.completion"]
    )
});
Bare_comp_32278ae66761ecf3a928e7015fc1480e_5d76e765.displayName = "Bare";
return Bare_comp_32278ae66761ecf3a928e7015fc1480e_5d76e765;
})();

export const Foreach_comp_b098e8e3ac4d5b48f049a9ad84903496_5d76e765 = /*#__PURE__*/ (() => {
const Foreach_comp_b098e8e3ac4d5b48f049a9ad84903496_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.completion_rx_state_ ?? [],((item_rx_state_,index_e9e4456e2047f604039932df50ec3d44)=>(jsx(RadixThemesCard,{"data-testid":("completion-"+item_rx_state_?.["key"]),key:index_e9e4456e2047f604039932df50ec3d44},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p","data-testid":"completion-value",size:"7",weight:"bold"},item_rx_state_?.["value"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[item_rx_state_?.["label_key"]]))))))
    )
});
Foreach_comp_b098e8e3ac4d5b48f049a9ad84903496_5d76e765.displayName = "Foreach";
return Foreach_comp_b098e8e3ac4d5b48f049a9ad84903496_5d76e765;
})();

export const Bare_comp_f99eaed99ed33545916610e07619e207_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_f99eaed99ed33545916610e07619e207_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.indicators"]
    )
});
Bare_comp_f99eaed99ed33545916610e07619e207_5d76e765.displayName = "Bare";
return Bare_comp_f99eaed99ed33545916610e07619e207_5d76e765;
})();

export const Foreach_comp_1f7b3750cefb59280e3d5f9cc70f70f1_5d76e765 = /*#__PURE__*/ (() => {
const Foreach_comp_1f7b3750cefb59280e3d5f9cc70f70f1_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.targets_rx_state_ ?? [],((card_rx_state_,index_463d309855ad931597549cd025bf3747)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":("indicator-"+card_rx_state_?.["code"]),key:index_463d309855ad931597549cd025bf3747},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"4",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["label_key"]]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"between",gap:"3"},jsx(RadixThemesText,{as:"p","data-testid":"indicator-value",size:"8",weight:"bold"},card_rx_state_?.["value"]),jsx(Fragment,{},(() => {
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
Foreach_comp_1f7b3750cefb59280e3d5f9cc70f70f1_5d76e765.displayName = "Foreach";
return Foreach_comp_1f7b3750cefb59280e3d5f9cc70f70f1_5d76e765;
})();

export const Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_5d76e765 = /*#__PURE__*/ (() => {
const Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.traders"]
    )
});
Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_5d76e765.displayName = "Bare";
return Bare_comp_96639d4f4d2d9fcc181fd3c65cf14139_5d76e765;
})();

export const Foreach_comp_59b559f370c0bcd7a9fef134b7ee70e6_5d76e765 = /*#__PURE__*/ (() => {
const Foreach_comp_59b559f370c0bcd7a9fef134b7ee70e6_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.traders_rx_state_ ?? [],((card_rx_state_,index_463d309855ad931597549cd025bf3747)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":("indicator-"+card_rx_state_?.["code"]),key:index_463d309855ad931597549cd025bf3747},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"4",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["label_key"]]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"between",gap:"3"},jsx(RadixThemesText,{as:"p","data-testid":"indicator-value",size:"8",weight:"bold"},card_rx_state_?.["value"]),jsx(Fragment,{},(() => {
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
Foreach_comp_59b559f370c0bcd7a9fef134b7ee70e6_5d76e765.displayName = "Foreach";
return Foreach_comp_59b559f370c0bcd7a9fef134b7ee70e6_5d76e765;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_5d76e765 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_5d76e765 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_5d76e765.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_5d76e765;
})();

export const Cond_comp_67b80925166922351205791d5b8eae8f_5d76e765 = /*#__PURE__*/ (() => {
const Cond_comp_67b80925166922351205791d5b8eae8f_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_67b80925166922351205791d5b8eae8f_5d76e765.displayName = "Cond";
return Cond_comp_67b80925166922351205791d5b8eae8f_5d76e765;
})();

export const Cond_comp_b217272b78ad66cdf82ec8524c849adb_5d76e765 = /*#__PURE__*/ (() => {
const Cond_comp_b217272b78ad66cdf82ec8524c849adb_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___overview____overview_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___overview____overview_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b217272b78ad66cdf82ec8524c849adb_5d76e765.displayName = "Cond";
return Cond_comp_b217272b78ad66cdf82ec8524c849adb_5d76e765;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_5d76e765 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_5d76e765 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_5d76e765.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_5d76e765;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_5d76e765 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_5d76e765 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_5d76e765.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_5d76e765;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_5d76e765 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_5d76e765 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_5d76e765.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_5d76e765;
})();

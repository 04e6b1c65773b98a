
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
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_8cf8ffde = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_8cf8ffde.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_8cf8ffde;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_8cf8ffde = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_8cf8ffde.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_8cf8ffde;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_8cf8ffde.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_8cf8ffde;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_8cf8ffde = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_8cf8ffde = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_8cf8ffde.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_8cf8ffde;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_8cf8ffde = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_8cf8ffde.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_8cf8ffde;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_8cf8ffde = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_8cf8ffde.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_8cf8ffde;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_8cf8ffde.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_8cf8ffde;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_8cf8ffde.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_8cf8ffde;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_8cf8ffde = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_8cf8ffde = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_8cf8ffde.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_8cf8ffde;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_8cf8ffde.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_8cf8ffde;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_8cf8ffde.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_8cf8ffde;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_8cf8ffde = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_8cf8ffde.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_8cf8ffde;
})();

export const Bare_comp_62420b614d51bc8a8d65307549c4341e_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_62420b614d51bc8a8d65307549c4341e_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.denied_message_rx_state_
    )
});
Bare_comp_62420b614d51bc8a8d65307549c4341e_8cf8ffde.displayName = "Bare";
return Bare_comp_62420b614d51bc8a8d65307549c4341e_8cf8ffde;
})();

export const Button_button_df925844b70c21e9cc7c981f787bf28b_8cf8ffde = /*#__PURE__*/ (() => {
const Button_button_df925844b70c21e9cc7c981f787bf28b_8cf8ffde = memo(({children, ...rest}) => {
    const on_click_c70979d0a19b10e8f1472715999abeff = useCallback(((_e) => (((...args) => ((() => window.print())(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), onClick:on_click_c70979d0a19b10e8f1472715999abeff, size:"4" }))},children)
    )
});
Button_button_df925844b70c21e9cc7c981f787bf28b_8cf8ffde.displayName = "Button";
return Button_button_df925844b70c21e9cc7c981f787bf28b_8cf8ffde;
})();

export const Bare_comp_e83de8254954d51168f9a62b9262adf8_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_e83de8254954d51168f9a62b9262adf8_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.authority_rx_state_
    )
});
Bare_comp_e83de8254954d51168f9a62b9262adf8_8cf8ffde.displayName = "Bare";
return Bare_comp_e83de8254954d51168f9a62b9262adf8_8cf8ffde;
})();

export const Bare_comp_8ddba6c3463a9dee16ede8ee546bbb2d_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_8ddba6c3463a9dee16ede8ee546bbb2d_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.title_rx_state_
    )
});
Bare_comp_8ddba6c3463a9dee16ede8ee546bbb2d_8cf8ffde.displayName = "Bare";
return Bare_comp_8ddba6c3463a9dee16ede8ee546bbb2d_8cf8ffde;
})();

export const Bare_comp_8897da14e4832d467f2ab947161408ff_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_8897da14e4832d467f2ab947161408ff_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.scope_rx_state_
    )
});
Bare_comp_8897da14e4832d467f2ab947161408ff_8cf8ffde.displayName = "Bare";
return Bare_comp_8897da14e4832d467f2ab947161408ff_8cf8ffde;
})();

export const Bare_comp_779e828eae1522b4047d219d0d8fc003_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_779e828eae1522b4047d219d0d8fc003_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.period_rx_state_
    )
});
Bare_comp_779e828eae1522b4047d219d0d8fc003_8cf8ffde.displayName = "Bare";
return Bare_comp_779e828eae1522b4047d219d0d8fc003_8cf8ffde;
})();

export const Bare_comp_b7f2b02cc0fb5b28a48ee20e5572fbd3_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_b7f2b02cc0fb5b28a48ee20e5572fbd3_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.generated_rx_state_
    )
});
Bare_comp_b7f2b02cc0fb5b28a48ee20e5572fbd3_8cf8ffde.displayName = "Bare";
return Bare_comp_b7f2b02cc0fb5b28a48ee20e5572fbd3_8cf8ffde;
})();

export const Foreach_comp_a8a0c754c7c8b87aeaf692b3776f2626_8cf8ffde = /*#__PURE__*/ (() => {
const Foreach_comp_a8a0c754c7c8b87aeaf692b3776f2626_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.rows_rx_state_ ?? [],((r_rx_state_,index_5ffb445071cd27353060c586976b4b76)=>(jsx("tr",{key:index_5ffb445071cd27353060c586976b4b76},jsx("td",{},r_rx_state_?.["label"]),jsx("td",{className:"num"},r_rx_state_?.["value"]),jsx("td",{className:"num"},r_rx_state_?.["people"]),jsx("td",{className:"num"},r_rx_state_?.["target"]),jsx("td",{},r_rx_state_?.["met"]),jsx("td",{className:"num"},r_rx_state_?.["gap"])))))
    )
});
Foreach_comp_a8a0c754c7c8b87aeaf692b3776f2626_8cf8ffde.displayName = "Foreach";
return Foreach_comp_a8a0c754c7c8b87aeaf692b3776f2626_8cf8ffde;
})();

export const Foreach_comp_f40187017286c245aa43a9f4f47a18b3_8cf8ffde = /*#__PURE__*/ (() => {
const Foreach_comp_f40187017286c245aa43a9f4f47a18b3_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.completion_rx_state_ ?? [],((c_rx_state_,index_e140cc33d0d11ff063e335ecc94aee84)=>(jsx("tr",{key:index_e140cc33d0d11ff063e335ecc94aee84},jsx("td",{},c_rx_state_?.["label"]),jsx("td",{className:"num"},c_rx_state_?.["value"])))))
    )
});
Foreach_comp_f40187017286c245aa43a9f4f47a18b3_8cf8ffde.displayName = "Foreach";
return Foreach_comp_f40187017286c245aa43a9f4f47a18b3_8cf8ffde;
})();

export const Foreach_comp_dbde74a8a37197f19fecf89e945e87bc_8cf8ffde = /*#__PURE__*/ (() => {
const Foreach_comp_dbde74a8a37197f19fecf89e945e87bc_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.group_columns_rx_state_ ?? [],((c_rx_state_,index_c36982e86986c58ca187b21ac20568bb)=>(jsx("th",{key:index_c36982e86986c58ca187b21ac20568bb,scope:"col"},jsx("abbr",{title:c_rx_state_?.["name"]},c_rx_state_?.["short"])," (%)"))))
    )
});
Foreach_comp_dbde74a8a37197f19fecf89e945e87bc_8cf8ffde.displayName = "Foreach";
return Foreach_comp_dbde74a8a37197f19fecf89e945e87bc_8cf8ffde;
})();

export const Foreach_comp_fe0715d0dda0535495d67ccbf9f6b89d_8cf8ffde = /*#__PURE__*/ (() => {
const Foreach_comp_fe0715d0dda0535495d67ccbf9f6b89d_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.groups_rx_state_ ?? [],((g_rx_state_,index_b261a88dc727a30e95bd5385a7c950fb)=>(jsx("tr",{key:index_b261a88dc727a30e95bd5385a7c950fb},jsx("th",{css:({ ["position"] : "sticky", ["left"] : "0", ["background"] : "white", ["minWidth"] : "8em" }),scope:"row"},g_rx_state_?.["code"]," \u2013 ",g_rx_state_?.["name"]),jsx("td",{className:"num"},g_rx_state_?.["households"]),jsx("td",{className:"num"},g_rx_state_?.["confirmed"]),Array.prototype.map.call(g_rx_state_?.["values"] ?? [],((v_rx_state_,index_68c5f9b7418ae719d5ee1501057e7629)=>(jsx("td",{className:"num",key:index_68c5f9b7418ae719d5ee1501057e7629},v_rx_state_))))))))
    )
});
Foreach_comp_fe0715d0dda0535495d67ccbf9f6b89d_8cf8ffde.displayName = "Foreach";
return Foreach_comp_fe0715d0dda0535495d67ccbf9f6b89d_8cf8ffde;
})();

export const Iconbutton_iconbutton_5fd53e8d5f8d4952d1a786fd7ffee176_8cf8ffde = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_5fd53e8d5f8d4952d1a786fd7ffee176_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
const on_click_5bb0feb3e3d199eb8f3544a88318988f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.previous"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.page_rx_state_ <= 1), highContrast:true, onClick:on_click_5bb0feb3e3d199eb8f3544a88318988f, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_5fd53e8d5f8d4952d1a786fd7ffee176_8cf8ffde.displayName = "IconButton";
return Iconbutton_iconbutton_5fd53e8d5f8d4952d1a786fd7ffee176_8cf8ffde;
})();

export const Bare_comp_07d0876529ce584d308fd624fd198803_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_07d0876529ce584d308fd624fd198803_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.page"]
    )
});
Bare_comp_07d0876529ce584d308fd624fd198803_8cf8ffde.displayName = "Bare";
return Bare_comp_07d0876529ce584d308fd624fd198803_8cf8ffde;
})();

export const Bare_comp_83fe60679ca877a235fc330e0edd9d8d_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_83fe60679ca877a235fc330e0edd9d8d_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.page_rx_state_
    )
});
Bare_comp_83fe60679ca877a235fc330e0edd9d8d_8cf8ffde.displayName = "Bare";
return Bare_comp_83fe60679ca877a235fc330e0edd9d8d_8cf8ffde;
})();

export const Bare_comp_09e3b985142d44eeed89f7d9e9463fdc_8cf8ffde = /*#__PURE__*/ (() => {
const Bare_comp_09e3b985142d44eeed89f7d9e9463fdc_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.pages_rx_state_
    )
});
Bare_comp_09e3b985142d44eeed89f7d9e9463fdc_8cf8ffde.displayName = "Bare";
return Bare_comp_09e3b985142d44eeed89f7d9e9463fdc_8cf8ffde;
})();

export const Iconbutton_iconbutton_6bea4e371e8b67b4362970c08b9fc19a_8cf8ffde = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_6bea4e371e8b67b4362970c08b9fc19a_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
const on_click_4ed96923a7769e1e0b0d66a555233f79 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.next"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.page_rx_state_ >= reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.pages_rx_state_), highContrast:true, onClick:on_click_4ed96923a7769e1e0b0d66a555233f79, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_6bea4e371e8b67b4362970c08b9fc19a_8cf8ffde.displayName = "IconButton";
return Iconbutton_iconbutton_6bea4e371e8b67b4362970c08b9fc19a_8cf8ffde;
})();

export const Cond_comp_937dff83646b66434c3d533636adc947_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_937dff83646b66434c3d533636adc947_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.pages_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_937dff83646b66434c3d533636adc947_8cf8ffde.displayName = "Cond";
return Cond_comp_937dff83646b66434c3d533636adc947_8cf8ffde;
})();

export const Cond_comp_76348abd70e8184d2ab2a5a254ef7da4_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_76348abd70e8184d2ab2a5a254ef7da4_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.groups_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_76348abd70e8184d2ab2a5a254ef7da4_8cf8ffde.displayName = "Cond";
return Cond_comp_76348abd70e8184d2ab2a5a254ef7da4_8cf8ffde;
})();

export const Box_box_aa8aeb866855a258b6125479306063bf_8cf8ffde = /*#__PURE__*/ (() => {
const Box_box_aa8aeb866855a258b6125479306063bf_8cf8ffde = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    
                    return () => {
                        ((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state.leave", ({  }), ({  })))], args, ({  }))))()
                    }
                }, []);
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ className:"report", css:({ ["width"] : "100%" }), "data-testid":"report-ready" }))},children)
    )
});
Box_box_aa8aeb866855a258b6125479306063bf_8cf8ffde.displayName = "Box";
return Box_box_aa8aeb866855a258b6125479306063bf_8cf8ffde;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_8cf8ffde = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_8cf8ffde.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_8cf8ffde;
})();

export const Cond_comp_f400211d83d08b7d2537dd932187a9d4_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_f400211d83d08b7d2537dd932187a9d4_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f400211d83d08b7d2537dd932187a9d4_8cf8ffde.displayName = "Cond";
return Cond_comp_f400211d83d08b7d2537dd932187a9d4_8cf8ffde;
})();

export const Cond_comp_77aca59b45b18c4775c1256d8d3ba956_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_77aca59b45b18c4775c1256d8d3ba956_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___report____report_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___report____report_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_77aca59b45b18c4775c1256d8d3ba956_8cf8ffde.displayName = "Cond";
return Cond_comp_77aca59b45b18c4775c1256d8d3ba956_8cf8ffde;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_8cf8ffde = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_8cf8ffde.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_8cf8ffde;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_8cf8ffde = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_8cf8ffde = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_8cf8ffde.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_8cf8ffde;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_8cf8ffde = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_8cf8ffde = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_8cf8ffde.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_8cf8ffde;
})();

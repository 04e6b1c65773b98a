
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Box as RadixThemesBox,Button as RadixThemesButton,Flex as RadixThemesFlex,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_ffb4e678 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_ffb4e678 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_ffb4e678.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_ffb4e678;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_ffb4e678 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_ffb4e678 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_ffb4e678.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_ffb4e678;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_ffb4e678 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_ffb4e678.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_ffb4e678;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_ffb4e678 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_ffb4e678 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_ffb4e678.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_ffb4e678;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_ffb4e678 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_ffb4e678 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_ffb4e678.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_ffb4e678;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_ffb4e678 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_ffb4e678.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_ffb4e678;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_ffb4e678.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_ffb4e678;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_ffb4e678 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_ffb4e678.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_ffb4e678;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_ffb4e678 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_ffb4e678 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_ffb4e678.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_ffb4e678;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_ffb4e678 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_ffb4e678.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_ffb4e678;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_ffb4e678 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_ffb4e678.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_ffb4e678;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_ffb4e678 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_ffb4e678.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_ffb4e678;
})();

export const Bare_comp_4e8ac4596e7cac3b2b52399ff895b616_ffb4e678 = /*#__PURE__*/ (() => {
const Bare_comp_4e8ac4596e7cac3b2b52399ff895b616_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week_sheet____week_sheet_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state.denied_message_rx_state_
    )
});
Bare_comp_4e8ac4596e7cac3b2b52399ff895b616_ffb4e678.displayName = "Bare";
return Bare_comp_4e8ac4596e7cac3b2b52399ff895b616_ffb4e678;
})();

export const Button_button_df925844b70c21e9cc7c981f787bf28b_ffb4e678 = /*#__PURE__*/ (() => {
const Button_button_df925844b70c21e9cc7c981f787bf28b_ffb4e678 = memo(({children, ...rest}) => {
    const on_click_c70979d0a19b10e8f1472715999abeff = useCallback(((_e) => (((...args) => ((() => window.print())(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), onClick:on_click_c70979d0a19b10e8f1472715999abeff, size:"4" }))},children)
    )
});
Button_button_df925844b70c21e9cc7c981f787bf28b_ffb4e678.displayName = "Button";
return Button_button_df925844b70c21e9cc7c981f787bf28b_ffb4e678;
})();

export const Bare_comp_78e5fe4cfb8deb358c3e626865a46132_ffb4e678 = /*#__PURE__*/ (() => {
const Bare_comp_78e5fe4cfb8deb358c3e626865a46132_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week_sheet____week_sheet_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state.week_rx_state_
    )
});
Bare_comp_78e5fe4cfb8deb358c3e626865a46132_ffb4e678.displayName = "Bare";
return Bare_comp_78e5fe4cfb8deb358c3e626865a46132_ffb4e678;
})();

export const Cond_comp_921ab3f19417c3dfd9ef9817e3ee9830_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_921ab3f19417c3dfd9ef9817e3ee9830_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week_sheet____week_sheet_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state.blocks_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_921ab3f19417c3dfd9ef9817e3ee9830_ffb4e678.displayName = "Cond";
return Cond_comp_921ab3f19417c3dfd9ef9817e3ee9830_ffb4e678;
})();

export const Foreach_comp_6f7e795641f96b960e0af7009964c6b1_ffb4e678 = /*#__PURE__*/ (() => {
const Foreach_comp_6f7e795641f96b960e0af7009964c6b1_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week_sheet____week_sheet_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state.blocks_rx_state_ ?? [],((b_rx_state_,index_e6dfdc77a262638d04491db518c032ee)=>(jsx(RadixThemesBox,{css:({ ["border"] : "1px solid #333", ["borderRadius"] : "6px", ["padding"] : "10px", ["marginBottom"] : "10px", ["breakInside"] : "avoid" }),"data-testid":"sheet-block",key:index_e6dfdc77a262638d04491db518c032ee},jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},b_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",size:"3"},"\u0110i\u1ec7n tho\u1ea1i",": ",b_rx_state_?.["phone"]),Array.prototype.map.call(b_rx_state_?.["people"] ?? [],((p_rx_state_,index_40d748cb0b68879e85ca40fc5cf0283b)=>(jsx(RadixThemesBox,{css:({ ["marginTop"] : "4px" }),key:index_40d748cb0b68879e85ca40fc5cf0283b},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},p_rx_state_?.["who"]),jsx(RadixThemesText,{as:"p",css:({ ["paddingLeft"] : "1em" }),size:"3"},p_rx_state_?.["boxes"]))))),jsx(Fragment,{},(!((b_rx_state_?.["learning"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"3"},"\u2610"," ",b_rx_state_?.["learning"]))):(jsx(Fragment,{},)))),jsx(RadixThemesText,{as:"p",css:({ ["marginTop"] : "6px" }),size:"3"},"K\u1ebft qu\u1ea3",": ",b_rx_state_?.["outcomes"]),jsx(RadixThemesText,{as:"p",size:"3"},"H\u1eb9n quay l\u1ea1i ng\u00e0y",": ____/____"),jsx(RadixThemesText,{as:"p",size:"3"},"Ghi ch\u00fa",": ","________________________________")))))
    )
});
Foreach_comp_6f7e795641f96b960e0af7009964c6b1_ffb4e678.displayName = "Foreach";
return Foreach_comp_6f7e795641f96b960e0af7009964c6b1_ffb4e678;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_ffb4e678 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_ffb4e678 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_ffb4e678.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_ffb4e678;
})();

export const Cond_comp_7b1be7c1f7fa629c70ecb4f30165e20f_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_7b1be7c1f7fa629c70ecb4f30165e20f_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week_sheet____week_sheet_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7b1be7c1f7fa629c70ecb4f30165e20f_ffb4e678.displayName = "Cond";
return Cond_comp_7b1be7c1f7fa629c70ecb4f30165e20f_ffb4e678;
})();

export const Cond_comp_b153c0b97834c62b6606ead679ff63a0_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_b153c0b97834c62b6606ead679ff63a0_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week_sheet____week_sheet_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week_sheet____week_sheet_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b153c0b97834c62b6606ead679ff63a0_ffb4e678.displayName = "Cond";
return Cond_comp_b153c0b97834c62b6606ead679ff63a0_ffb4e678;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_ffb4e678 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_ffb4e678 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_ffb4e678.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_ffb4e678;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_ffb4e678 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_ffb4e678 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_ffb4e678.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_ffb4e678;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_ffb4e678 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_ffb4e678 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_ffb4e678.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_ffb4e678;
})();

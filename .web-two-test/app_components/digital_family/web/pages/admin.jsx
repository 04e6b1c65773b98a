
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,pyOr,refs} from "$/utils/state"
import {Box as RadixThemesBox,Button as RadixThemesButton,Callout as RadixThemesCallout,Card as RadixThemesCard,Flex as RadixThemesFlex,Link as RadixThemesLink,Strong as RadixThemesStrong,Switch as RadixThemesSwitch,Tabs as RadixThemesTabs,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideUpload from "lucide-react/dist/esm/icons/upload.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {} from "react-dropzone"
import {useDropzone} from "react-dropzone"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_aa13e2fc = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_aa13e2fc.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_aa13e2fc;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_aa13e2fc = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_aa13e2fc.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_aa13e2fc;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_aa13e2fc.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_aa13e2fc;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_aa13e2fc = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_aa13e2fc.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_aa13e2fc;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_aa13e2fc = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_aa13e2fc.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_aa13e2fc;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_aa13e2fc = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_aa13e2fc.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_aa13e2fc;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_aa13e2fc.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_aa13e2fc;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_aa13e2fc.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_aa13e2fc;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_aa13e2fc = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_aa13e2fc.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_aa13e2fc;
})();

export const Bare_comp_82c3dae096fadfbf29d7304724fa67c3_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_82c3dae096fadfbf29d7304724fa67c3_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.title"]
    )
});
Bare_comp_82c3dae096fadfbf29d7304724fa67c3_aa13e2fc.displayName = "Bare";
return Bare_comp_82c3dae096fadfbf29d7304724fa67c3_aa13e2fc;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_aa13e2fc.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_aa13e2fc;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_aa13e2fc.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_aa13e2fc;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_aa13e2fc = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_aa13e2fc.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_aa13e2fc;
})();

export const Bare_comp_9df7e8db72a3aa0aec107df22d8d37a2_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_9df7e8db72a3aa0aec107df22d8d37a2_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.denied_message_rx_state_
    )
});
Bare_comp_9df7e8db72a3aa0aec107df22d8d37a2_aa13e2fc.displayName = "Bare";
return Bare_comp_9df7e8db72a3aa0aec107df22d8d37a2_aa13e2fc;
})();

export const Bare_comp_167d9d997602605e94681c2307395c2d_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_167d9d997602605e94681c2307395c2d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["form"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["form"] : "")
    )
});
Bare_comp_167d9d997602605e94681c2307395c2d_aa13e2fc.displayName = "Bare";
return Bare_comp_167d9d997602605e94681c2307395c2d_aa13e2fc;
})();

export const Cond_comp_5c8c91eba800ce64503bffdd729d2893_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_5c8c91eba800ce64503bffdd729d2893_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["form"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["form"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5c8c91eba800ce64503bffdd729d2893_aa13e2fc.displayName = "Cond";
return Cond_comp_5c8c91eba800ce64503bffdd729d2893_aa13e2fc;
})();

export const Bare_comp_ee5e75ce32c0f9111822af2a03463402_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_ee5e75ce32c0f9111822af2a03463402_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["alerts.title"]
    )
});
Bare_comp_ee5e75ce32c0f9111822af2a03463402_aa13e2fc.displayName = "Bare";
return Bare_comp_ee5e75ce32c0f9111822af2a03463402_aa13e2fc;
})();

export const Bare_comp_6380a168cd0631a281d1d9cd22639ab7_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_6380a168cd0631a281d1d9cd22639ab7_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["alerts.help"]
    )
});
Bare_comp_6380a168cd0631a281d1d9cd22639ab7_aa13e2fc.displayName = "Bare";
return Bare_comp_6380a168cd0631a281d1d9cd22639ab7_aa13e2fc;
})();

export const Foreach_comp_a75ecb46a04800bc88eb2b44fb7871f6_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_a75ecb46a04800bc88eb2b44fb7871f6_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_alerts____alerts_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_alerts____alerts_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_alerts____alerts_state.alerts_rx_state_ ?? [],((a_rx_state_,index_0a18007b40b9ab76a0de26681d995824)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["paddingTop"] : "6px", ["paddingBottom"] : "6px", ["borderBottom"] : "1px solid var(--gray-5)" }),"data-testid":"alert-row",direction:"column",key:index_0a18007b40b9ab76a0de26681d995824,gap:"0"},jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},a_rx_state_?.["what"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},a_rx_state_?.["at"]," \u00b7 ",a_rx_state_?.["who"])))))
    )
});
Foreach_comp_a75ecb46a04800bc88eb2b44fb7871f6_aa13e2fc.displayName = "Foreach";
return Foreach_comp_a75ecb46a04800bc88eb2b44fb7871f6_aa13e2fc;
})();

export const Bare_comp_4be1f7b102978dbdca7da4aa663eb457_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_4be1f7b102978dbdca7da4aa663eb457_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["alerts.none"]
    )
});
Bare_comp_4be1f7b102978dbdca7da4aa663eb457_aa13e2fc.displayName = "Bare";
return Bare_comp_4be1f7b102978dbdca7da4aa663eb457_aa13e2fc;
})();

export const Cond_comp_6a3b46a55e3c71bbfc71da57db923000_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_6a3b46a55e3c71bbfc71da57db923000_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_alerts____alerts_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_alerts____alerts_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_alerts____alerts_state.alerts_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6a3b46a55e3c71bbfc71da57db923000_aa13e2fc.displayName = "Cond";
return Cond_comp_6a3b46a55e3c71bbfc71da57db923000_aa13e2fc;
})();

export const Card_card_9b1ad21d35cce36f240573ae63f0bde3_aa13e2fc = /*#__PURE__*/ (() => {
const Card_card_9b1ad21d35cce36f240573ae63f0bde3_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCard,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["alerts.title"], css:({ ["width"] : "100%" }), "data-testid":"admin-alerts", role:"region" }))},children)
    )
});
Card_card_9b1ad21d35cce36f240573ae63f0bde3_aa13e2fc.displayName = "Card";
return Card_card_9b1ad21d35cce36f240573ae63f0bde3_aa13e2fc;
})();

export const Cond_comp_f5e87dbffb664b66eb977886cfd9b95b_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_f5e87dbffb664b66eb977886cfd9b95b_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_alerts____alerts_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_alerts____alerts_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_alerts____alerts_state.shown_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f5e87dbffb664b66eb977886cfd9b95b_aa13e2fc.displayName = "Cond";
return Cond_comp_f5e87dbffb664b66eb977886cfd9b95b_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_ba18f42afe9b7e54ca253eef27cdf837_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_ba18f42afe9b7e54ca253eef27cdf837_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-targets", value:"targets" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.targets"])
    )
});
Tabstrigger_tabs__trigger_ba18f42afe9b7e54ca253eef27cdf837_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_ba18f42afe9b7e54ca253eef27cdf837_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_dd02f586069804e6b8f9d8b808280064_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_dd02f586069804e6b8f9d8b808280064_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-register", value:"register" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.register"])
    )
});
Tabstrigger_tabs__trigger_dd02f586069804e6b8f9d8b808280064_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_dd02f586069804e6b8f9d8b808280064_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_e5e76dc96a90698acd3419f3e51c7fcb_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_e5e76dc96a90698acd3419f3e51c7fcb_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-groups", value:"groups" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.groups"])
    )
});
Tabstrigger_tabs__trigger_e5e76dc96a90698acd3419f3e51c7fcb_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_e5e76dc96a90698acd3419f3e51c7fcb_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_c9818aa09ed0f6e37f52614d6dda358f_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_c9818aa09ed0f6e37f52614d6dda358f_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-staff", value:"staff" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.staff"])
    )
});
Tabstrigger_tabs__trigger_c9818aa09ed0f6e37f52614d6dda358f_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_c9818aa09ed0f6e37f52614d6dda358f_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_09974da2bb828a40ba5a2283ac2830c7_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_09974da2bb828a40ba5a2283ac2830c7_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-history", value:"history" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.history"])
    )
});
Tabstrigger_tabs__trigger_09974da2bb828a40ba5a2283ac2830c7_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_09974da2bb828a40ba5a2283ac2830c7_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_e1e388c27cb5dcc853a4d04427d8ec2f_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_e1e388c27cb5dcc853a4d04427d8ec2f_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-audit", value:"audit" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.audit"])
    )
});
Tabstrigger_tabs__trigger_e1e388c27cb5dcc853a4d04427d8ec2f_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_e1e388c27cb5dcc853a4d04427d8ec2f_aa13e2fc;
})();

export const Tabstrigger_tabs__trigger_93f99f802ddc8de586939b32d190e453_aa13e2fc = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_93f99f802ddc8de586939b32d190e453_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }), ["minHeight"] : "48px" }), "data-testid":"tab-erase", value:"erase" }))},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.tab.erase"])
    )
});
Tabstrigger_tabs__trigger_93f99f802ddc8de586939b32d190e453_aa13e2fc.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_93f99f802ddc8de586939b32d190e453_aa13e2fc;
})();

export const Bare_comp_5e413801970800b348ba5a13af363f21_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_5e413801970800b348ba5a13af363f21_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.targets"]
    )
});
Bare_comp_5e413801970800b348ba5a13af363f21_aa13e2fc.displayName = "Bare";
return Bare_comp_5e413801970800b348ba5a13af363f21_aa13e2fc;
})();

export const Bare_comp_5a118958d9bc6cf11da8f77435ec8a5a_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_5a118958d9bc6cf11da8f77435ec8a5a_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.targets_help"]
    )
});
Bare_comp_5a118958d9bc6cf11da8f77435ec8a5a_aa13e2fc.displayName = "Bare";
return Bare_comp_5a118958d9bc6cf11da8f77435ec8a5a_aa13e2fc;
})();

export const Foreach_comp_0b6259a6730c97f8af438dfa1b6cba7e_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_0b6259a6730c97f8af438dfa1b6cba7e_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")

    const handleSubmit_25a8475d85d3da0cd57bec9792461cca = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.save_target", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.targets_rx_state_ ?? [],((row_rx_state_,index_e918032a6c163f61bf0df0dfe56221eb)=>(jsx("form",{"data-testid":("target-"+row_rx_state_?.["code"]),key:index_e918032a6c163f61bf0df0dfe56221eb,onSubmit:handleSubmit_25a8475d85d3da0cd57bec9792461cca},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["borderBottom"] : "1px solid var(--gray-4)", ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("indicator."+row_rx_state_?.["code"])]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx("input",{name:"code",type:"hidden",value:(isNotNullOrUndefined(row_rx_state_?.["code"]) ? row_rx_state_?.["code"] : "")},),jsx(RadixThemesTextField.Root,{"aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.target_for"]+" ")+reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("indicator."+row_rx_state_?.["code"])]),css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "120px" }),defaultValue:row_rx_state_?.["target"],key:((row_rx_state_?.["target"]+"/")+(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.form_round_rx_state_))),name:"target",size:"3"},),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,size:"3",type:"submit",variant:"soft"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.save"]),jsx(Fragment,{},((row_rx_state_?.["is_default"]?.valueOf?.() === ""?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.reset_target", ({ ["code"] : row_rx_state_?.["code"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.reset"]))):(jsx(Fragment,{},))))),jsx(Fragment,{},(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === ("target-"+row_rx_state_?.["code"])?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(false)))))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"),"data-testid":"admin-notice",highContrast:true,role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert")},jsx(Fragment,{},),jsx(RadixThemesCallout.Text,{},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_)))):(jsx(Fragment,{},)))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.default"]," ",row_rx_state_?.["default"]))))))
    )
});
Foreach_comp_0b6259a6730c97f8af438dfa1b6cba7e_aa13e2fc.displayName = "Foreach";
return Foreach_comp_0b6259a6730c97f8af438dfa1b6cba7e_aa13e2fc;
})();

export const Bare_comp_f7fc3ea63cdfe057e4bde2da1eaed0e9_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f7fc3ea63cdfe057e4bde2da1eaed0e9_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.threshold"]
    )
});
Bare_comp_f7fc3ea63cdfe057e4bde2da1eaed0e9_aa13e2fc.displayName = "Bare";
return Bare_comp_f7fc3ea63cdfe057e4bde2da1eaed0e9_aa13e2fc;
})();

export const Textfieldroot_textfield__root_69fe434d3737b7a7da8b5d22ad88548e_aa13e2fc = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_69fe434d3737b7a7da8b5d22ad88548e_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100px" }), defaultValue:(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.threshold_rx_state_)), inputMode:"numeric", key:(((JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.threshold_rx_state_))+"/")+(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.form_round_rx_state_))), name:"threshold", size:"3" }))},)
    )
});
Textfieldroot_textfield__root_69fe434d3737b7a7da8b5d22ad88548e_aa13e2fc.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_69fe434d3737b7a7da8b5d22ad88548e_aa13e2fc;
})();

export const Bare_comp_b5c413ff3159ebf68656ecf30df0fb0f_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_b5c413ff3159ebf68656ecf30df0fb0f_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["skill_threshold"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["skill_threshold"] : "")
    )
});
Bare_comp_b5c413ff3159ebf68656ecf30df0fb0f_aa13e2fc.displayName = "Bare";
return Bare_comp_b5c413ff3159ebf68656ecf30df0fb0f_aa13e2fc;
})();

export const Cond_comp_53126f6dfdee66d28116b3fa1308cfda_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_53126f6dfdee66d28116b3fa1308cfda_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["skill_threshold"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["skill_threshold"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_53126f6dfdee66d28116b3fa1308cfda_aa13e2fc.displayName = "Cond";
return Cond_comp_53126f6dfdee66d28116b3fa1308cfda_aa13e2fc;
})();

export const Bare_comp_f0a0d4100fec88b5607e55740ba2552d_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f0a0d4100fec88b5607e55740ba2552d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.save"]
    )
});
Bare_comp_f0a0d4100fec88b5607e55740ba2552d_aa13e2fc.displayName = "Bare";
return Bare_comp_f0a0d4100fec88b5607e55740ba2552d_aa13e2fc;
})();

export const Bare_comp_1268e987df991a8a624076a40f56c04e_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_1268e987df991a8a624076a40f56c04e_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_
    )
});
Bare_comp_1268e987df991a8a624076a40f56c04e_aa13e2fc.displayName = "Bare";
return Bare_comp_1268e987df991a8a624076a40f56c04e_aa13e2fc;
})();

export const Calloutroot_callout__root_5dc32161fc1edbc0f017e9c94229d23e_aa13e2fc = /*#__PURE__*/ (() => {
const Calloutroot_callout__root_5dc32161fc1edbc0f017e9c94229d23e_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        jsx(RadixThemesCallout.Root,{...mergeSlotProps(rest, ({ color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"), "data-testid":"admin-notice", highContrast:true, role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert") }))},children)
    )
});
Calloutroot_callout__root_5dc32161fc1edbc0f017e9c94229d23e_aa13e2fc.displayName = "CalloutRoot";
return Calloutroot_callout__root_5dc32161fc1edbc0f017e9c94229d23e_aa13e2fc;
})();

export const Cond_comp_bc126481b119f580c12a591af562fe2e_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_bc126481b119f580c12a591af562fe2e_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === "threshold"?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(pyOr(false, () => (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["skill_threshold"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["skill_threshold"] : "")?.valueOf?.() === ""?.valueOf?.())))))))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bc126481b119f580c12a591af562fe2e_aa13e2fc.displayName = "Cond";
return Cond_comp_bc126481b119f580c12a591af562fe2e_aa13e2fc;
})();

export const Form_root_d9f6d7b3f7078352c040ec0fef2bd54b_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_d9f6d7b3f7078352c040ec0fef2bd54b_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_44b5e98072a7a63b988cf7b9f662305a = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.save_threshold", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"threshold-form", onSubmit:handleSubmit_44b5e98072a7a63b988cf7b9f662305a }))},children)
    )
});
Form_root_d9f6d7b3f7078352c040ec0fef2bd54b_aa13e2fc.displayName = "Form";
return Form_root_d9f6d7b3f7078352c040ec0fef2bd54b_aa13e2fc;
})();

export const Bare_comp_91dec0b3601119622981f0d92f4ad198_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_91dec0b3601119622981f0d92f4ad198_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.import"]
    )
});
Bare_comp_91dec0b3601119622981f0d92f4ad198_aa13e2fc.displayName = "Bare";
return Bare_comp_91dec0b3601119622981f0d92f4ad198_aa13e2fc;
})();

export const Bare_comp_ba94977fc76d41ccf884c17c922e7044_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_ba94977fc76d41ccf884c17c922e7044_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.import_help"]
    )
});
Bare_comp_ba94977fc76d41ccf884c17c922e7044_aa13e2fc.displayName = "Bare";
return Bare_comp_ba94977fc76d41ccf884c17c922e7044_aa13e2fc;
})();

export const Upload_comp_d204246882f34e0ee6e897b37150b129_aa13e2fc = /*#__PURE__*/ (() => {
const Upload_comp_d204246882f34e0ee6e897b37150b129_aa13e2fc = memo(({children}) => {
    const ref_register = useRef(null); refs["ref_register"] = ref_register;
const on_drop_0b801dd81d8da1c75cee6f8c43897f03 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.upload_register", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "register", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_1f665bdbbb9604bb518bddc8574a4440 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.upload_refused", ({ ["rejections"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: xdvxrcsn, getInputProps: udaxihhe, isDragActive: bacghqta} = useDropzone(({ ["accept"] : ({ ["text/csv"] : [".csv"], ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] : [".xlsx"] }), ["maxFiles"] : 1, ["multiple"] : false, ["noClick"] : true, ["noKeyboard"] : true, ["onDrop"] : on_drop_0b801dd81d8da1c75cee6f8c43897f03, ["onDropRejected"] : on_drop_rejected_1f665bdbbb9604bb518bddc8574a4440, ["id"] : "register" }));
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["border"] : "2px dashed var(--gray-8)", ["padding"] : "20px", ["borderRadius"] : "12px", ["width"] : "100%", ["minHeight"] : "52px" }),"data-testid":"register-upload",id:"register",ref:ref_register,...xdvxrcsn()},jsx("input",{type:"file",...udaxihhe()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"column",gap:"3"},jsx(LucideUpload,{size:28},),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.choose_file"]))))
    )
});
Upload_comp_d204246882f34e0ee6e897b37150b129_aa13e2fc.displayName = "Upload";
return Upload_comp_d204246882f34e0ee6e897b37150b129_aa13e2fc;
})();

export const Bare_comp_ebd4f2b72bcd1c1fc0847d979e5a48f1_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_ebd4f2b72bcd1c1fc0847d979e5a48f1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.import_summary_rx_state_
    )
});
Bare_comp_ebd4f2b72bcd1c1fc0847d979e5a48f1_aa13e2fc.displayName = "Bare";
return Bare_comp_ebd4f2b72bcd1c1fc0847d979e5a48f1_aa13e2fc;
})();

export const Cond_comp_b9570c26c2c199e1f166c5a96913c95e_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_b9570c26c2c199e1f166c5a96913c95e_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.import_summary_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b9570c26c2c199e1f166c5a96913c95e_aa13e2fc.displayName = "Cond";
return Cond_comp_b9570c26c2c199e1f166c5a96913c95e_aa13e2fc;
})();

export const Bare_comp_bfd347a37e4ed44c9fe16e9b2c640c94_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_bfd347a37e4ed44c9fe16e9b2c640c94_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.import_refused"]
    )
});
Bare_comp_bfd347a37e4ed44c9fe16e9b2c640c94_aa13e2fc.displayName = "Bare";
return Bare_comp_bfd347a37e4ed44c9fe16e9b2c640c94_aa13e2fc;
})();

export const Foreach_comp_1344dda584c5ae4708cd769c42296806_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_1344dda584c5ae4708cd769c42296806_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.import_errors_rx_state_ ?? [],((e_rx_state_,index_6cfa448e8c1dc97fa42b22024a7890fa)=>(jsx(RadixThemesText,{as:"p",key:index_6cfa448e8c1dc97fa42b22024a7890fa,size:"2"},e_rx_state_))))
    )
});
Foreach_comp_1344dda584c5ae4708cd769c42296806_aa13e2fc.displayName = "Foreach";
return Foreach_comp_1344dda584c5ae4708cd769c42296806_aa13e2fc;
})();

export const Cond_comp_8938f4480e3ee7d729fb7e387f0b59d1_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_8938f4480e3ee7d729fb7e387f0b59d1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.import_errors_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8938f4480e3ee7d729fb7e387f0b59d1_aa13e2fc.displayName = "Cond";
return Cond_comp_8938f4480e3ee7d729fb7e387f0b59d1_aa13e2fc;
})();

export const Bare_comp_acd9a6d91bec7bf928df228f6345367d_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_acd9a6d91bec7bf928df228f6345367d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.export"]
    )
});
Bare_comp_acd9a6d91bec7bf928df228f6345367d_aa13e2fc.displayName = "Bare";
return Bare_comp_acd9a6d91bec7bf928df228f6345367d_aa13e2fc;
})();

export const Bare_comp_3940e98a291d84774a9f244b07309dda_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_3940e98a291d84774a9f244b07309dda_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.export_scope"]
    )
});
Bare_comp_3940e98a291d84774a9f244b07309dda_aa13e2fc.displayName = "Bare";
return Bare_comp_3940e98a291d84774a9f244b07309dda_aa13e2fc;
})();

export const Bare_comp_038ae7e7439ae8bea0c9d65149b46670_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_038ae7e7439ae8bea0c9d65149b46670_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.any_group"]
    )
});
Bare_comp_038ae7e7439ae8bea0c9d65149b46670_aa13e2fc.displayName = "Bare";
return Bare_comp_038ae7e7439ae8bea0c9d65149b46670_aa13e2fc;
})();

export const Foreach_comp_4c8b5678023596e4e6b0f88b0cafa565_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_4c8b5678023596e4e6b0f88b0cafa565_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.groups_rx_state_ ?? [],((g_rx_state_,index_07090bc0f83be7bd0fd7046e201b60b0)=>(jsx("option",{key:index_07090bc0f83be7bd0fd7046e201b60b0,value:g_rx_state_?.["code"]},g_rx_state_?.["code"]))))
    )
});
Foreach_comp_4c8b5678023596e4e6b0f88b0cafa565_aa13e2fc.displayName = "Foreach";
return Foreach_comp_4c8b5678023596e4e6b0f88b0cafa565_aa13e2fc;
})();

export const Select_select_fe61f91d1fde22ca48cdfea181c49c79_aa13e2fc = /*#__PURE__*/ (() => {
const Select_select_fe61f91d1fde22ca48cdfea181c49c79_aa13e2fc = memo(({children, ...rest}) => {
    const on_change_4be3dd342952fbfcd9f783b46a43369d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.choose_export_group", ({ ["code"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%", ["padding"] : "0 8px", ["border"] : "1px solid var(--gray-8)", ["borderRadius"] : "8px", ["background"] : "white" }), "data-testid":"export-group", onChange:on_change_4be3dd342952fbfcd9f783b46a43369d, value:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.export_group_rx_state_ }))},children)
    )
});
Select_select_fe61f91d1fde22ca48cdfea181c49c79_aa13e2fc.displayName = "Select";
return Select_select_fe61f91d1fde22ca48cdfea181c49c79_aa13e2fc;
})();

export const Button_button_56be5df58a2bd6169d4d9ba1102d4297_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_56be5df58a2bd6169d4d9ba1102d4297_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
const on_click_cc6c14321a7dddbfcf39fb3eb4699537 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.export", ({ ["fmt"] : "csv", ["group_code"] : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.export_group_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_cc6c14321a7dddbfcf39fb3eb4699537, size:"4", variant:"outline" }))},children)
    )
});
Button_button_56be5df58a2bd6169d4d9ba1102d4297_aa13e2fc.displayName = "Button";
return Button_button_56be5df58a2bd6169d4d9ba1102d4297_aa13e2fc;
})();

export const Button_button_d7fc76b15116fc23e213b9eeb448c352_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_d7fc76b15116fc23e213b9eeb448c352_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
const on_click_653bfd64a3054e960db9e19896439808 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.export", ({ ["fmt"] : "xlsx", ["group_code"] : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.export_group_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_653bfd64a3054e960db9e19896439808, size:"4", variant:"outline" }))},children)
    )
});
Button_button_d7fc76b15116fc23e213b9eeb448c352_aa13e2fc.displayName = "Button";
return Button_button_d7fc76b15116fc23e213b9eeb448c352_aa13e2fc;
})();

export const Bare_comp_4a2be31fb39110434b54196c8337ccf8_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_4a2be31fb39110434b54196c8337ccf8_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.export_logged"]
    )
});
Bare_comp_4a2be31fb39110434b54196c8337ccf8_aa13e2fc.displayName = "Bare";
return Bare_comp_4a2be31fb39110434b54196c8337ccf8_aa13e2fc;
})();

export const Bare_comp_d6bf5455dc17496fea69c3ccd8af6024_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_d6bf5455dc17496fea69c3ccd8af6024_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.groups"]
    )
});
Bare_comp_d6bf5455dc17496fea69c3ccd8af6024_aa13e2fc.displayName = "Bare";
return Bare_comp_d6bf5455dc17496fea69c3ccd8af6024_aa13e2fc;
})();

export const Foreach_comp_4ffc3187e285274d4c54d183698597a2_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_4ffc3187e285274d4c54d183698597a2_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.groups_rx_state_ ?? [],((g_rx_state_,index_b490d6a42d21d22d348f37b28aeb6f35)=>(jsx(RadixThemesText,{as:"p",key:index_b490d6a42d21d22d348f37b28aeb6f35,size:"3"},jsx(RadixThemesStrong,{},g_rx_state_?.["code"])," \u00b7 ",g_rx_state_?.["name"]," \u00b7 ",g_rx_state_?.["households"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["unit.households"]," \u00b7 ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.leaders"],": ",g_rx_state_?.["leaders"]))))
    )
});
Foreach_comp_4ffc3187e285274d4c54d183698597a2_aa13e2fc.displayName = "Foreach";
return Foreach_comp_4ffc3187e285274d4c54d183698597a2_aa13e2fc;
})();

export const Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.code"]
    )
});
Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_aa13e2fc.displayName = "Bare";
return Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_aa13e2fc;
})();

export const Bare_comp_735911f50bdb4a9ffff91907b85f372b_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_735911f50bdb4a9ffff91907b85f372b_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["code"] : "")
    )
});
Bare_comp_735911f50bdb4a9ffff91907b85f372b_aa13e2fc.displayName = "Bare";
return Bare_comp_735911f50bdb4a9ffff91907b85f372b_aa13e2fc;
})();

export const Cond_comp_68ea98bc977115291a6ac818c4658bf7_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_68ea98bc977115291a6ac818c4658bf7_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["code"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_68ea98bc977115291a6ac818c4658bf7_aa13e2fc.displayName = "Cond";
return Cond_comp_68ea98bc977115291a6ac818c4658bf7_aa13e2fc;
})();

export const Bare_comp_e023066c95883def6dccb77776f8c77c_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_e023066c95883def6dccb77776f8c77c_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.group_name"]
    )
});
Bare_comp_e023066c95883def6dccb77776f8c77c_aa13e2fc.displayName = "Bare";
return Bare_comp_e023066c95883def6dccb77776f8c77c_aa13e2fc;
})();

export const Bare_comp_03e28ee65d9e0dfb0c95edd3e58ec414_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_03e28ee65d9e0dfb0c95edd3e58ec414_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["name"] : "")
    )
});
Bare_comp_03e28ee65d9e0dfb0c95edd3e58ec414_aa13e2fc.displayName = "Bare";
return Bare_comp_03e28ee65d9e0dfb0c95edd3e58ec414_aa13e2fc;
})();

export const Cond_comp_75f9f2901ae519f9f121285a4c6aa684_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_75f9f2901ae519f9f121285a4c6aa684_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_75f9f2901ae519f9f121285a4c6aa684_aa13e2fc.displayName = "Cond";
return Cond_comp_75f9f2901ae519f9f121285a4c6aa684_aa13e2fc;
})();

export const Bare_comp_08ab3c485255a9bc93b8d7c37bacdc31_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_08ab3c485255a9bc93b8d7c37bacdc31_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.create_group"]
    )
});
Bare_comp_08ab3c485255a9bc93b8d7c37bacdc31_aa13e2fc.displayName = "Bare";
return Bare_comp_08ab3c485255a9bc93b8d7c37bacdc31_aa13e2fc;
})();

export const Cond_comp_40defdf43489bef7bbf6bfc62c0e7855_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_40defdf43489bef7bbf6bfc62c0e7855_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === "create-group"?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(pyOr(pyOr(false, () => (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["code"] : "")?.valueOf?.() === ""?.valueOf?.())))), () => (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["name"] : "")?.valueOf?.() === ""?.valueOf?.())))))))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_40defdf43489bef7bbf6bfc62c0e7855_aa13e2fc.displayName = "Cond";
return Cond_comp_40defdf43489bef7bbf6bfc62c0e7855_aa13e2fc;
})();

export const Form_root_babaeee8e3e80840ed0ff57f0a1b9d57_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_babaeee8e3e80840ed0ff57f0a1b9d57_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_a70b403f4a53d5900cdbf99051e850fc = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.create_group", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_a70b403f4a53d5900cdbf99051e850fc }))},children)
    )
});
Form_root_babaeee8e3e80840ed0ff57f0a1b9d57_aa13e2fc.displayName = "Form";
return Form_root_babaeee8e3e80840ed0ff57f0a1b9d57_aa13e2fc;
})();

export const Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.group"]
    )
});
Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_aa13e2fc.displayName = "Bare";
return Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_aa13e2fc;
})();

export const Bare_comp_f104899867ae05baf12fa0f7853d647f_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f104899867ae05baf12fa0f7853d647f_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.rename_group"]
    )
});
Bare_comp_f104899867ae05baf12fa0f7853d647f_aa13e2fc.displayName = "Bare";
return Bare_comp_f104899867ae05baf12fa0f7853d647f_aa13e2fc;
})();

export const Cond_comp_0d916ce2541f02a80c983c8fba01b3d1_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_0d916ce2541f02a80c983c8fba01b3d1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === "rename-group"?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(false)))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0d916ce2541f02a80c983c8fba01b3d1_aa13e2fc.displayName = "Cond";
return Cond_comp_0d916ce2541f02a80c983c8fba01b3d1_aa13e2fc;
})();

export const Form_root_480f60ca034e75edb97c1e55537de2a2_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_480f60ca034e75edb97c1e55537de2a2_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_ff52d818e07cb72e7f75bb126ea86a5b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.rename_group", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ff52d818e07cb72e7f75bb126ea86a5b }))},children)
    )
});
Form_root_480f60ca034e75edb97c1e55537de2a2_aa13e2fc.displayName = "Form";
return Form_root_480f60ca034e75edb97c1e55537de2a2_aa13e2fc;
})();

export const Bare_comp_caf69c03298908725ec558d4b59bfcf1_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_caf69c03298908725ec558d4b59bfcf1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.phone"]
    )
});
Bare_comp_caf69c03298908725ec558d4b59bfcf1_aa13e2fc.displayName = "Bare";
return Bare_comp_caf69c03298908725ec558d4b59bfcf1_aa13e2fc;
})();

export const Bare_comp_22f80ba9d993d8fabbf46ff5b9cdc391_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_22f80ba9d993d8fabbf46ff5b9cdc391_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.assign_leader"]
    )
});
Bare_comp_22f80ba9d993d8fabbf46ff5b9cdc391_aa13e2fc.displayName = "Bare";
return Bare_comp_22f80ba9d993d8fabbf46ff5b9cdc391_aa13e2fc;
})();

export const Cond_comp_638de1a191e284913ab78a5f25d597b0_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_638de1a191e284913ab78a5f25d597b0_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === "assign-leader"?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(false)))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_638de1a191e284913ab78a5f25d597b0_aa13e2fc.displayName = "Cond";
return Cond_comp_638de1a191e284913ab78a5f25d597b0_aa13e2fc;
})();

export const Form_root_6a4b3b204599f2bda2cb3e92d6885bf6_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_6a4b3b204599f2bda2cb3e92d6885bf6_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_bd5f97725c7dd07b56d461edd7393c46 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.assign_leader", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_bd5f97725c7dd07b56d461edd7393c46 }))},children)
    )
});
Form_root_6a4b3b204599f2bda2cb3e92d6885bf6_aa13e2fc.displayName = "Form";
return Form_root_6a4b3b204599f2bda2cb3e92d6885bf6_aa13e2fc;
})();

export const Bare_comp_936d1d3151b4819cb585de082fc90830_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_936d1d3151b4819cb585de082fc90830_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.staff"]
    )
});
Bare_comp_936d1d3151b4819cb585de082fc90830_aa13e2fc.displayName = "Bare";
return Bare_comp_936d1d3151b4819cb585de082fc90830_aa13e2fc;
})();

export const Foreach_comp_e449e920bd76e53a4dcc886fa323c86b_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_e449e920bd76e53a4dcc886fa323c86b_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.staff_rx_state_ ?? [],((u_rx_state_,index_3d54907edf6768dd5001ff8bc7fbc82f)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"staff-row",direction:"column",key:index_3d54907edf6768dd5001ff8bc7fbc82f,gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesText,{as:"p",size:"3"},u_rx_state_?.["name"]," \u00b7 ",u_rx_state_?.["phone"]," \u00b7 ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("role."+u_rx_state_?.["role"])]," ",u_rx_state_?.["groups"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(!((u_rx_state_?.["locked_to_me"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},)):(jsx(Fragment,{},(!((u_rx_state_?.["active"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.set_active", ({ ["phone"] : u_rx_state_?.["phone"], ["active"] : false }), ({  })))], [_e], ({  })))),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.deactivate"]))):(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.set_active", ({ ["phone"] : u_rx_state_?.["phone"], ["active"] : true }), ({  })))], [_e], ({  })))),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.activate"]))))))))),jsx(Fragment,{},((u_rx_state_?.["role"]?.valueOf?.() === "ambassador"?.valueOf?.())?(jsx(Fragment,{},jsx("label",{css:({ ["display"] : "flex", ["alignItems"] : "center", ["minHeight"] : "52px" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesSwitch,{checked:!((u_rx_state_?.["open_classes"]?.valueOf?.() === ""?.valueOf?.())),"data-testid":"open-classes",onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.set_may_open_classes", ({ ["phone"] : u_rx_state_?.["phone"], ["allowed"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"3"},),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.open_classes"]))))):(jsx(Fragment,{},)))),jsx(Fragment,{},(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === ("staff-"+u_rx_state_?.["phone"])?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(false)))))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"),"data-testid":"admin-notice",highContrast:true,role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert")},jsx(Fragment,{},),jsx(RadixThemesCallout.Text,{},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_)))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_e449e920bd76e53a4dcc886fa323c86b_aa13e2fc.displayName = "Foreach";
return Foreach_comp_e449e920bd76e53a4dcc886fa323c86b_aa13e2fc;
})();

export const Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.full_name"]
    )
});
Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_aa13e2fc.displayName = "Bare";
return Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_aa13e2fc;
})();

export const Bare_comp_157a59284841e1a060b27bc44307e798_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_157a59284841e1a060b27bc44307e798_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["full_name"] : "")
    )
});
Bare_comp_157a59284841e1a060b27bc44307e798_aa13e2fc.displayName = "Bare";
return Bare_comp_157a59284841e1a060b27bc44307e798_aa13e2fc;
})();

export const Cond_comp_82556caa3cc72af9763245bc65252fc7_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_82556caa3cc72af9763245bc65252fc7_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["full_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_82556caa3cc72af9763245bc65252fc7_aa13e2fc.displayName = "Cond";
return Cond_comp_82556caa3cc72af9763245bc65252fc7_aa13e2fc;
})();

export const Bare_comp_681cd99b54e301b90d8f0acc3cfea993_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_681cd99b54e301b90d8f0acc3cfea993_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.role"]
    )
});
Bare_comp_681cd99b54e301b90d8f0acc3cfea993_aa13e2fc.displayName = "Bare";
return Bare_comp_681cd99b54e301b90d8f0acc3cfea993_aa13e2fc;
})();

export const Foreach_comp_c41121ed625fe11d6252fbd2a4a5379d_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_c41121ed625fe11d6252fbd2a4a5379d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.roles_offered_rx_state_ ?? [],((r_rx_state_,index_67e41cc86516ca87bdb3427a02f931e6)=>(jsx("option",{key:index_67e41cc86516ca87bdb3427a02f931e6,value:r_rx_state_},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("role."+r_rx_state_)]))))
    )
});
Foreach_comp_c41121ed625fe11d6252fbd2a4a5379d_aa13e2fc.displayName = "Foreach";
return Foreach_comp_c41121ed625fe11d6252fbd2a4a5379d_aa13e2fc;
})();

export const Bare_comp_603dd32b4380cead4f79cf243b4b8ece_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_603dd32b4380cead4f79cf243b4b8ece_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.groups_codes"]
    )
});
Bare_comp_603dd32b4380cead4f79cf243b4b8ece_aa13e2fc.displayName = "Bare";
return Bare_comp_603dd32b4380cead4f79cf243b4b8ece_aa13e2fc;
})();

export const Bare_comp_736fe76541644f39fe767b8a5fb91eb4_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_736fe76541644f39fe767b8a5fb91eb4_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.new_password"]
    )
});
Bare_comp_736fe76541644f39fe767b8a5fb91eb4_aa13e2fc.displayName = "Bare";
return Bare_comp_736fe76541644f39fe767b8a5fb91eb4_aa13e2fc;
})();

export const Bare_comp_f62015f57ff95f5976aedce5ff90d274_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f62015f57ff95f5976aedce5ff90d274_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["password"] : "")
    )
});
Bare_comp_f62015f57ff95f5976aedce5ff90d274_aa13e2fc.displayName = "Bare";
return Bare_comp_f62015f57ff95f5976aedce5ff90d274_aa13e2fc;
})();

export const Cond_comp_de4702dfde3d4549162b44b4f5195d9d_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_de4702dfde3d4549162b44b4f5195d9d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_de4702dfde3d4549162b44b4f5195d9d_aa13e2fc.displayName = "Cond";
return Cond_comp_de4702dfde3d4549162b44b4f5195d9d_aa13e2fc;
})();

export const Bare_comp_453ee0da5c6c94c4782a794ef5e6e4e5_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_453ee0da5c6c94c4782a794ef5e6e4e5_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.create_staff"]
    )
});
Bare_comp_453ee0da5c6c94c4782a794ef5e6e4e5_aa13e2fc.displayName = "Bare";
return Bare_comp_453ee0da5c6c94c4782a794ef5e6e4e5_aa13e2fc;
})();

export const Cond_comp_89c17b349927ade7995d59722a6d00a0_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_89c17b349927ade7995d59722a6d00a0_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === "create-staff"?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(pyOr(pyOr(false, () => (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["full_name"] : "")?.valueOf?.() === ""?.valueOf?.())))), () => (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.())))))))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_89c17b349927ade7995d59722a6d00a0_aa13e2fc.displayName = "Cond";
return Cond_comp_89c17b349927ade7995d59722a6d00a0_aa13e2fc;
})();

export const Form_root_d4a1da0c3f5da2b5cc9d34c313f75b5f_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_d4a1da0c3f5da2b5cc9d34c313f75b5f_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_ef94369261403e1cbadb1c0455f65feb = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.create_staff", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ef94369261403e1cbadb1c0455f65feb }))},children)
    )
});
Form_root_d4a1da0c3f5da2b5cc9d34c313f75b5f_aa13e2fc.displayName = "Form";
return Form_root_d4a1da0c3f5da2b5cc9d34c313f75b5f_aa13e2fc;
})();

export const Bare_comp_edb164d2c4a6a1ecca399eded4a52ef8_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_edb164d2c4a6a1ecca399eded4a52ef8_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.change_role"]
    )
});
Bare_comp_edb164d2c4a6a1ecca399eded4a52ef8_aa13e2fc.displayName = "Bare";
return Bare_comp_edb164d2c4a6a1ecca399eded4a52ef8_aa13e2fc;
})();

export const Cond_comp_9608da7a342c8d34f7735b82df3b84d3_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_9608da7a342c8d34f7735b82df3b84d3_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_at_rx_state_?.valueOf?.() === "set-role"?.valueOf?.()))), () => (pyOr((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()), () => (!(false)))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9608da7a342c8d34f7735b82df3b84d3_aa13e2fc.displayName = "Cond";
return Cond_comp_9608da7a342c8d34f7735b82df3b84d3_aa13e2fc;
})();

export const Form_root_dd309d6ad23c4656bad8dcdf19fed3f6_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_dd309d6ad23c4656bad8dcdf19fed3f6_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_e7c86a112d6435686a417766a320b7f1 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state.set_role", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_e7c86a112d6435686a417766a320b7f1 }))},children)
    )
});
Form_root_dd309d6ad23c4656bad8dcdf19fed3f6_aa13e2fc.displayName = "Form";
return Form_root_dd309d6ad23c4656bad8dcdf19fed3f6_aa13e2fc;
})();

export const Bare_comp_f6d1e7912e8b697e87496c53500bb030_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f6d1e7912e8b697e87496c53500bb030_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["admin.history"]
    )
});
Bare_comp_f6d1e7912e8b697e87496c53500bb030_aa13e2fc.displayName = "Bare";
return Bare_comp_f6d1e7912e8b697e87496c53500bb030_aa13e2fc;
})();

export const Foreach_comp_4ae067b530f254cb38a6969c770b3b7c_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_4ae067b530f254cb38a6969c770b3b7c_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.history_rx_state_ ?? [],((h_rx_state_,index_6bab16c226a6c657c6841504bb63cccf)=>(jsx(RadixThemesText,{as:"p",key:index_6bab16c226a6c657c6841504bb63cccf,size:"2"},h_rx_state_?.["at"]," \u00b7 ",h_rx_state_?.["who"]," \u00b7 ",h_rx_state_?.["what"],": ",h_rx_state_?.["change"]))))
    )
});
Foreach_comp_4ae067b530f254cb38a6969c770b3b7c_aa13e2fc.displayName = "Foreach";
return Foreach_comp_4ae067b530f254cb38a6969c770b3b7c_aa13e2fc;
})();

export const Bare_comp_fd4fde32d9938283feab86848dc2cd1d_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_fd4fde32d9938283feab86848dc2cd1d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.title"]
    )
});
Bare_comp_fd4fde32d9938283feab86848dc2cd1d_aa13e2fc.displayName = "Bare";
return Bare_comp_fd4fde32d9938283feab86848dc2cd1d_aa13e2fc;
})();

export const Bare_comp_ae195258bf8e28787736236233ab5ed5_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_ae195258bf8e28787736236233ab5ed5_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.help"]
    )
});
Bare_comp_ae195258bf8e28787736236233ab5ed5_aa13e2fc.displayName = "Bare";
return Bare_comp_ae195258bf8e28787736236233ab5ed5_aa13e2fc;
})();

export const Bare_comp_af7a35cc7d61864dbb4a1ccdeb68b67a_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_af7a35cc7d61864dbb4a1ccdeb68b67a_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.group"]
    )
});
Bare_comp_af7a35cc7d61864dbb4a1ccdeb68b67a_aa13e2fc.displayName = "Bare";
return Bare_comp_af7a35cc7d61864dbb4a1ccdeb68b67a_aa13e2fc;
})();

export const Foreach_comp_6fb97558234c8f18fe70ef5b5c6cb013_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_6fb97558234c8f18fe70ef5b5c6cb013_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.group_codes_rx_state_ ?? [],((c_rx_state_,index_ed235a38a0740531ba822fdaa96ff707)=>(jsx("option",{key:index_ed235a38a0740531ba822fdaa96ff707,value:c_rx_state_},c_rx_state_))))
    )
});
Foreach_comp_6fb97558234c8f18fe70ef5b5c6cb013_aa13e2fc.displayName = "Foreach";
return Foreach_comp_6fb97558234c8f18fe70ef5b5c6cb013_aa13e2fc;
})();

export const Select_select_e2bbf5e1dc614ec0d1eb1d5dd31506ad_aa13e2fc = /*#__PURE__*/ (() => {
const Select_select_e2bbf5e1dc614ec0d1eb1d5dd31506ad_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%", ["padding"] : "0 8px", ["border"] : "1px solid var(--gray-8)", ["borderRadius"] : "8px", ["background"] : "white" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.group_rx_state_, name:"group" }))},children)
    )
});
Select_select_e2bbf5e1dc614ec0d1eb1d5dd31506ad_aa13e2fc.displayName = "Select";
return Select_select_e2bbf5e1dc614ec0d1eb1d5dd31506ad_aa13e2fc;
})();

export const Bare_comp_146e29393117081f80899b1bdfc081cf_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_146e29393117081f80899b1bdfc081cf_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["group"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["group"] : "")
    )
});
Bare_comp_146e29393117081f80899b1bdfc081cf_aa13e2fc.displayName = "Bare";
return Bare_comp_146e29393117081f80899b1bdfc081cf_aa13e2fc;
})();

export const Cond_comp_3453e0a4e2b009a7b48a3279a880414c_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_3453e0a4e2b009a7b48a3279a880414c_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["group"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["group"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3453e0a4e2b009a7b48a3279a880414c_aa13e2fc.displayName = "Cond";
return Cond_comp_3453e0a4e2b009a7b48a3279a880414c_aa13e2fc;
})();

export const Bare_comp_b5f76791136d51c83674b8db2471ce50_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_b5f76791136d51c83674b8db2471ce50_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.account"]
    )
});
Bare_comp_b5f76791136d51c83674b8db2471ce50_aa13e2fc.displayName = "Bare";
return Bare_comp_b5f76791136d51c83674b8db2471ce50_aa13e2fc;
})();

export const Textfieldroot_textfield__root_b5a8ed495f6db5345bf8b5d15e3f1c8a_aa13e2fc = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b5a8ed495f6db5345bf8b5d15e3f1c8a_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.account_rx_state_, inputMode:"tel", name:"account", placeholder:"09xxxxxxxx", size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b5a8ed495f6db5345bf8b5d15e3f1c8a_aa13e2fc.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b5a8ed495f6db5345bf8b5d15e3f1c8a_aa13e2fc;
})();

export const Bare_comp_9523b70bb977f340cfb7ee61013b7192_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_9523b70bb977f340cfb7ee61013b7192_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_9523b70bb977f340cfb7ee61013b7192_aa13e2fc.displayName = "Bare";
return Bare_comp_9523b70bb977f340cfb7ee61013b7192_aa13e2fc;
})();

export const Cond_comp_c712677f7aa405f79d38ebb6b9e3c8db_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_c712677f7aa405f79d38ebb6b9e3c8db_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c712677f7aa405f79d38ebb6b9e3c8db_aa13e2fc.displayName = "Cond";
return Cond_comp_c712677f7aa405f79d38ebb6b9e3c8db_aa13e2fc;
})();

export const Bare_comp_169b72a1bde114575909ab62ee410527_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_169b72a1bde114575909ab62ee410527_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.since"]
    )
});
Bare_comp_169b72a1bde114575909ab62ee410527_aa13e2fc.displayName = "Bare";
return Bare_comp_169b72a1bde114575909ab62ee410527_aa13e2fc;
})();

export const Textfieldroot_textfield__root_b3a47290eaada4ecf8d2c5e7e70cc221_aa13e2fc = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b3a47290eaada4ecf8d2c5e7e70cc221_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.since_rx_state_, name:"since", size:"3", type:"date" }))},)
    )
});
Textfieldroot_textfield__root_b3a47290eaada4ecf8d2c5e7e70cc221_aa13e2fc.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b3a47290eaada4ecf8d2c5e7e70cc221_aa13e2fc;
})();

export const Bare_comp_8aa6c8e3c916e5ee8654adfb23ca8592_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_8aa6c8e3c916e5ee8654adfb23ca8592_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["since"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["since"] : "")
    )
});
Bare_comp_8aa6c8e3c916e5ee8654adfb23ca8592_aa13e2fc.displayName = "Bare";
return Bare_comp_8aa6c8e3c916e5ee8654adfb23ca8592_aa13e2fc;
})();

export const Cond_comp_e612d8f72ba354e5e668ff7100eaa2e9_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_e612d8f72ba354e5e668ff7100eaa2e9_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["since"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["since"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e612d8f72ba354e5e668ff7100eaa2e9_aa13e2fc.displayName = "Cond";
return Cond_comp_e612d8f72ba354e5e668ff7100eaa2e9_aa13e2fc;
})();

export const Bare_comp_f09b968b35e1a7f71da0f7221a3fdf8b_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f09b968b35e1a7f71da0f7221a3fdf8b_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.until"]
    )
});
Bare_comp_f09b968b35e1a7f71da0f7221a3fdf8b_aa13e2fc.displayName = "Bare";
return Bare_comp_f09b968b35e1a7f71da0f7221a3fdf8b_aa13e2fc;
})();

export const Textfieldroot_textfield__root_bab02e5c7e314cfe11abd8bbc573862d_aa13e2fc = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_bab02e5c7e314cfe11abd8bbc573862d_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.until_rx_state_, name:"until", size:"3", type:"date" }))},)
    )
});
Textfieldroot_textfield__root_bab02e5c7e314cfe11abd8bbc573862d_aa13e2fc.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_bab02e5c7e314cfe11abd8bbc573862d_aa13e2fc;
})();

export const Bare_comp_94cdca55438ab27767d72ad0e50a9640_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_94cdca55438ab27767d72ad0e50a9640_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["until"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["until"] : "")
    )
});
Bare_comp_94cdca55438ab27767d72ad0e50a9640_aa13e2fc.displayName = "Bare";
return Bare_comp_94cdca55438ab27767d72ad0e50a9640_aa13e2fc;
})();

export const Cond_comp_9183606ff1be6ee62cd36ac8e28876e3_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_9183606ff1be6ee62cd36ac8e28876e3_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["until"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["until"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9183606ff1be6ee62cd36ac8e28876e3_aa13e2fc.displayName = "Cond";
return Cond_comp_9183606ff1be6ee62cd36ac8e28876e3_aa13e2fc;
})();

export const Bare_comp_b3985fe4417d793a3d32a58d980710c7_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_b3985fe4417d793a3d32a58d980710c7_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.filter"]
    )
});
Bare_comp_b3985fe4417d793a3d32a58d980710c7_aa13e2fc.displayName = "Bare";
return Bare_comp_b3985fe4417d793a3d32a58d980710c7_aa13e2fc;
})();

export const Form_root_e5bd4a72a1cf6ac50a87bfc258ffdb5a_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_e5bd4a72a1cf6ac50a87bfc258ffdb5a_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_00b5ef98961a1b9c9046876cc40fcd1b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.search", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"audit-filter", onSubmit:handleSubmit_00b5ef98961a1b9c9046876cc40fcd1b }))},children)
    )
});
Form_root_e5bd4a72a1cf6ac50a87bfc258ffdb5a_aa13e2fc.displayName = "Form";
return Form_root_e5bd4a72a1cf6ac50a87bfc258ffdb5a_aa13e2fc;
})();

export const Foreach_comp_b741da70d9d0bc8cbabe2f0684f5087a_aa13e2fc = /*#__PURE__*/ (() => {
const Foreach_comp_b741da70d9d0bc8cbabe2f0684f5087a_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.lines_rx_state_ ?? [],((line_rx_state_,index_6def9f7347433aaad5fe4f796197dbc4)=>(jsx(RadixThemesBox,{css:({ ["paddingTop"] : "6px", ["paddingBottom"] : "6px", ["borderBottom"] : "1px solid var(--gray-4)", ["width"] : "100%" }),"data-testid":"audit-line",key:index_6def9f7347433aaad5fe4f796197dbc4},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},jsx(RadixThemesStrong,{},line_rx_state_?.["at"])," \u00b7 ",line_rx_state_?.["who"],(!((line_rx_state_?.["household"]?.valueOf?.() === ""?.valueOf?.())) ? (" \u00b7 "+line_rx_state_?.["household"]) : "")),jsx(RadixThemesText,{as:"p",size:"3"},line_rx_state_?.["what"])))))
    )
});
Foreach_comp_b741da70d9d0bc8cbabe2f0684f5087a_aa13e2fc.displayName = "Foreach";
return Foreach_comp_b741da70d9d0bc8cbabe2f0684f5087a_aa13e2fc;
})();

export const Bare_comp_38f7bb2504a02be510a9b7db893e7eb1_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_38f7bb2504a02be510a9b7db893e7eb1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.none"]
    )
});
Bare_comp_38f7bb2504a02be510a9b7db893e7eb1_aa13e2fc.displayName = "Bare";
return Bare_comp_38f7bb2504a02be510a9b7db893e7eb1_aa13e2fc;
})();

export const Cond_comp_1d5a7981749d4eb880380fef4dc117fd_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_1d5a7981749d4eb880380fef4dc117fd_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.lines_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1d5a7981749d4eb880380fef4dc117fd_aa13e2fc.displayName = "Cond";
return Cond_comp_1d5a7981749d4eb880380fef4dc117fd_aa13e2fc;
})();

export const Bare_comp_6b88f3681fed2ce750726cb3bd2e83cc_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_6b88f3681fed2ce750726cb3bd2e83cc_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.retention"]
    )
});
Bare_comp_6b88f3681fed2ce750726cb3bd2e83cc_aa13e2fc.displayName = "Bare";
return Bare_comp_6b88f3681fed2ce750726cb3bd2e83cc_aa13e2fc;
})();

export const Textfieldroot_textfield__root_4e04c7967126f3d6046d8823e3db76cf_aa13e2fc = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_4e04c7967126f3d6046d8823e3db76cf_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "120px" }), defaultValue:(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.retention_rx_state_)), inputMode:"numeric", key:(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.retention_rx_state_)), name:"days", size:"3" }))},)
    )
});
Textfieldroot_textfield__root_4e04c7967126f3d6046d8823e3db76cf_aa13e2fc.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_4e04c7967126f3d6046d8823e3db76cf_aa13e2fc;
})();

export const Bare_comp_e5c300953483aa43ac7bf327e74b09d3_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_e5c300953483aa43ac7bf327e74b09d3_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["audit_retention_days"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["audit_retention_days"] : "")
    )
});
Bare_comp_e5c300953483aa43ac7bf327e74b09d3_aa13e2fc.displayName = "Bare";
return Bare_comp_e5c300953483aa43ac7bf327e74b09d3_aa13e2fc;
})();

export const Cond_comp_3130ee9ef0a81f2f2798ad67b7316aa6_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_3130ee9ef0a81f2f2798ad67b7316aa6_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["audit_retention_days"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["audit_retention_days"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3130ee9ef0a81f2f2798ad67b7316aa6_aa13e2fc.displayName = "Cond";
return Cond_comp_3130ee9ef0a81f2f2798ad67b7316aa6_aa13e2fc;
})();

export const Bare_comp_ac879d611b84886b3230bcc8b650b41b_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_ac879d611b84886b3230bcc8b650b41b_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.notice_rx_state_
    )
});
Bare_comp_ac879d611b84886b3230bcc8b650b41b_aa13e2fc.displayName = "Bare";
return Bare_comp_ac879d611b84886b3230bcc8b650b41b_aa13e2fc;
})();

export const Cond_comp_b4b156a27d0889722b57ab7c6bae52d6_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_b4b156a27d0889722b57ab7c6bae52d6_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b4b156a27d0889722b57ab7c6bae52d6_aa13e2fc.displayName = "Cond";
return Cond_comp_b4b156a27d0889722b57ab7c6bae52d6_aa13e2fc;
})();

export const Form_root_318de14af1d911cbba0e8b0d504b1c88_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_318de14af1d911cbba0e8b0d504b1c88_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_13dfda05a9a7ed264596da5c7db0fe9d = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.save_retention", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"retention-form", onSubmit:handleSubmit_13dfda05a9a7ed264596da5c7db0fe9d }))},children)
    )
});
Form_root_318de14af1d911cbba0e8b0d504b1c88_aa13e2fc.displayName = "Form";
return Form_root_318de14af1d911cbba0e8b0d504b1c88_aa13e2fc;
})();

export const Bare_comp_351cf61feeb5248c03cdb640ec5a821c_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_351cf61feeb5248c03cdb640ec5a821c_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.retention_rx_state_
    )
});
Bare_comp_351cf61feeb5248c03cdb640ec5a821c_aa13e2fc.displayName = "Bare";
return Bare_comp_351cf61feeb5248c03cdb640ec5a821c_aa13e2fc;
})();

export const Cond_comp_02fb7709906d61422581451ebdd81362_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_02fb7709906d61422581451ebdd81362_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "admin"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_02fb7709906d61422581451ebdd81362_aa13e2fc.displayName = "Cond";
return Cond_comp_02fb7709906d61422581451ebdd81362_aa13e2fc;
})();

export const Bare_comp_383f332d4928ebe76d131973c95d899e_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_383f332d4928ebe76d131973c95d899e_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.newer"]
    )
});
Bare_comp_383f332d4928ebe76d131973c95d899e_aa13e2fc.displayName = "Bare";
return Bare_comp_383f332d4928ebe76d131973c95d899e_aa13e2fc;
})();

export const Button_button_7eba31be512bebb7a582af53e3b5aa3d_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_7eba31be512bebb7a582af53e3b5aa3d_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
const on_click_90ceb6ba9fe77425e5835f4f151792dd = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.go", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_90ceb6ba9fe77425e5835f4f151792dd, size:"3", variant:"outline" }))},children)
    )
});
Button_button_7eba31be512bebb7a582af53e3b5aa3d_aa13e2fc.displayName = "Button";
return Button_button_7eba31be512bebb7a582af53e3b5aa3d_aa13e2fc;
})();

export const Cond_comp_f760af92d0c7faf2f1826d898f5ad4a1_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_f760af92d0c7faf2f1826d898f5ad4a1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.page_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f760af92d0c7faf2f1826d898f5ad4a1_aa13e2fc.displayName = "Cond";
return Cond_comp_f760af92d0c7faf2f1826d898f5ad4a1_aa13e2fc;
})();

export const Bare_comp_556b39e95f5ee6d0248adcaba12c9ba1_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_556b39e95f5ee6d0248adcaba12c9ba1_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["audit.page"]
    )
});
Bare_comp_556b39e95f5ee6d0248adcaba12c9ba1_aa13e2fc.displayName = "Bare";
return Bare_comp_556b39e95f5ee6d0248adcaba12c9ba1_aa13e2fc;
})();

export const Bare_comp_fb585ea58f38317bf057d7cb20e37961_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_fb585ea58f38317bf057d7cb20e37961_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.page_rx_state_
    )
});
Bare_comp_fb585ea58f38317bf057d7cb20e37961_aa13e2fc.displayName = "Bare";
return Bare_comp_fb585ea58f38317bf057d7cb20e37961_aa13e2fc;
})();

export const Bare_comp_3944ae3dfdc231dd249f92000aaa1747_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_3944ae3dfdc231dd249f92000aaa1747_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.older"]
    )
});
Bare_comp_3944ae3dfdc231dd249f92000aaa1747_aa13e2fc.displayName = "Bare";
return Bare_comp_3944ae3dfdc231dd249f92000aaa1747_aa13e2fc;
})();

export const Button_button_62660b591da0033545b23293f16b0aeb_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_62660b591da0033545b23293f16b0aeb_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
const on_click_4e37833ab88f14cf67ae3765364d5c8f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.go", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"audit-older", highContrast:true, onClick:on_click_4e37833ab88f14cf67ae3765364d5c8f, size:"3", variant:"outline" }))},children)
    )
});
Button_button_62660b591da0033545b23293f16b0aeb_aa13e2fc.displayName = "Button";
return Button_button_62660b591da0033545b23293f16b0aeb_aa13e2fc;
})();

export const Cond_comp_4a5ade105f78fbb4d481d7e5ec727109_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_4a5ade105f78fbb4d481d7e5ec727109_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.more_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4a5ade105f78fbb4d481d7e5ec727109_aa13e2fc.displayName = "Cond";
return Cond_comp_4a5ade105f78fbb4d481d7e5ec727109_aa13e2fc;
})();

export const Bare_comp_17c0bde3b04ef32ec131dcff53e029dc_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_17c0bde3b04ef32ec131dcff53e029dc_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.title"]
    )
});
Bare_comp_17c0bde3b04ef32ec131dcff53e029dc_aa13e2fc.displayName = "Bare";
return Bare_comp_17c0bde3b04ef32ec131dcff53e029dc_aa13e2fc;
})();

export const Bare_comp_f6ab51065451e6d9ddbaca37b2c214d0_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_f6ab51065451e6d9ddbaca37b2c214d0_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.help"]
    )
});
Bare_comp_f6ab51065451e6d9ddbaca37b2c214d0_aa13e2fc.displayName = "Bare";
return Bare_comp_f6ab51065451e6d9ddbaca37b2c214d0_aa13e2fc;
})();

export const Bare_comp_6950191450fc7c004be0a93032216267_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_6950191450fc7c004be0a93032216267_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.erase_done_rx_state_
    )
});
Bare_comp_6950191450fc7c004be0a93032216267_aa13e2fc.displayName = "Bare";
return Bare_comp_6950191450fc7c004be0a93032216267_aa13e2fc;
})();

export const Cond_comp_1215288587e684c795aa17d03d70f915_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_1215288587e684c795aa17d03d70f915_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.erase_done_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1215288587e684c795aa17d03d70f915_aa13e2fc.displayName = "Cond";
return Cond_comp_1215288587e684c795aa17d03d70f915_aa13e2fc;
})();

export const Bare_comp_6bbedfaa225b88ae3dc57ef198c55d97_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_6bbedfaa225b88ae3dc57ef198c55d97_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.code"]
    )
});
Bare_comp_6bbedfaa225b88ae3dc57ef198c55d97_aa13e2fc.displayName = "Bare";
return Bare_comp_6bbedfaa225b88ae3dc57ef198c55d97_aa13e2fc;
})();

export const Bare_comp_4da9ab304d8d624b9f9a2261464d3c75_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_4da9ab304d8d624b9f9a2261464d3c75_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["code"] : "")
    )
});
Bare_comp_4da9ab304d8d624b9f9a2261464d3c75_aa13e2fc.displayName = "Bare";
return Bare_comp_4da9ab304d8d624b9f9a2261464d3c75_aa13e2fc;
})();

export const Cond_comp_7e43af6ca0d9bd0e9d29950ea63760ae_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_7e43af6ca0d9bd0e9d29950ea63760ae_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["code"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7e43af6ca0d9bd0e9d29950ea63760ae_aa13e2fc.displayName = "Cond";
return Cond_comp_7e43af6ca0d9bd0e9d29950ea63760ae_aa13e2fc;
})();

export const Bare_comp_1d7cbfab6511b5d1ca85760fc89d64c0_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_1d7cbfab6511b5d1ca85760fc89d64c0_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.next"]
    )
});
Bare_comp_1d7cbfab6511b5d1ca85760fc89d64c0_aa13e2fc.displayName = "Bare";
return Bare_comp_1d7cbfab6511b5d1ca85760fc89d64c0_aa13e2fc;
})();

export const Form_root_e02c6cc48087b7bc7f3a774e3cc362af_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_e02c6cc48087b7bc7f3a774e3cc362af_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_0e289cb3b23e0b27709053e8c9820bef = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.ask_erase", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"erase-ask", onSubmit:handleSubmit_0e289cb3b23e0b27709053e8c9820bef }))},children)
    )
});
Form_root_e02c6cc48087b7bc7f3a774e3cc362af_aa13e2fc.displayName = "Form";
return Form_root_e02c6cc48087b7bc7f3a774e3cc362af_aa13e2fc;
})();

export const Bare_comp_dea16c1443272e2850aa0b27af7f3001_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_dea16c1443272e2850aa0b27af7f3001_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.confirm_title"]
    )
});
Bare_comp_dea16c1443272e2850aa0b27af7f3001_aa13e2fc.displayName = "Bare";
return Bare_comp_dea16c1443272e2850aa0b27af7f3001_aa13e2fc;
})();

export const Bare_comp_8e77aa5df7b58037d8e249565d4cf312_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_8e77aa5df7b58037d8e249565d4cf312_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.erase_summary_rx_state_
    )
});
Bare_comp_8e77aa5df7b58037d8e249565d4cf312_aa13e2fc.displayName = "Bare";
return Bare_comp_8e77aa5df7b58037d8e249565d4cf312_aa13e2fc;
})();

export const Bare_comp_81b21c3f7e5a0bd8804154b0cffbcf1d_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_81b21c3f7e5a0bd8804154b0cffbcf1d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.cannot_undo"]
    )
});
Bare_comp_81b21c3f7e5a0bd8804154b0cffbcf1d_aa13e2fc.displayName = "Bare";
return Bare_comp_81b21c3f7e5a0bd8804154b0cffbcf1d_aa13e2fc;
})();

export const Bare_comp_b07dac0187bd221eb69c0b5578b88bca_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_b07dac0187bd221eb69c0b5578b88bca_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.again"]
    )
});
Bare_comp_b07dac0187bd221eb69c0b5578b88bca_aa13e2fc.displayName = "Bare";
return Bare_comp_b07dac0187bd221eb69c0b5578b88bca_aa13e2fc;
})();

export const Bare_comp_1a6a4e75e22fc762c39530e9f60e4916_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_1a6a4e75e22fc762c39530e9f60e4916_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["again"] : "")
    )
});
Bare_comp_1a6a4e75e22fc762c39530e9f60e4916_aa13e2fc.displayName = "Bare";
return Bare_comp_1a6a4e75e22fc762c39530e9f60e4916_aa13e2fc;
})();

export const Cond_comp_f9b11441bea4632151a0174eb498c434_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_f9b11441bea4632151a0174eb498c434_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["again"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f9b11441bea4632151a0174eb498c434_aa13e2fc.displayName = "Cond";
return Cond_comp_f9b11441bea4632151a0174eb498c434_aa13e2fc;
})();

export const Bare_comp_43545c2b11562d39ccf262a315786b5a_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_43545c2b11562d39ccf262a315786b5a_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["erase.confirm"]
    )
});
Bare_comp_43545c2b11562d39ccf262a315786b5a_aa13e2fc.displayName = "Bare";
return Bare_comp_43545c2b11562d39ccf262a315786b5a_aa13e2fc;
})();

export const Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_aa13e2fc = /*#__PURE__*/ (() => {
const Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"]
    )
});
Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_aa13e2fc.displayName = "Bare";
return Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_aa13e2fc;
})();

export const Button_button_8d175f1c84d7e6f94d01ffad5e8a9a84_aa13e2fc = /*#__PURE__*/ (() => {
const Button_button_8d175f1c84d7e6f94d01ffad5e8a9a84_aa13e2fc = memo(({children, ...rest}) => {
    const on_click_0f017d65d0ea79e0a23d8f033b7009a2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.cancel_erase", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_0f017d65d0ea79e0a23d8f033b7009a2, size:"4", type:"button", variant:"outline" }))},children)
    )
});
Button_button_8d175f1c84d7e6f94d01ffad5e8a9a84_aa13e2fc.displayName = "Button";
return Button_button_8d175f1c84d7e6f94d01ffad5e8a9a84_aa13e2fc;
})();

export const Form_root_4d6c36e1281f4fb79c82d095e0c204db_aa13e2fc = /*#__PURE__*/ (() => {
const Form_root_4d6c36e1281f4fb79c82d095e0c204db_aa13e2fc = memo(({children, ...rest}) => {
    
    const handleSubmit_4a61d4a9a51a1df06f87cd8d19edae86 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state.erase", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"erase-form", onSubmit:handleSubmit_4a61d4a9a51a1df06f87cd8d19edae86 }))},children)
    )
});
Form_root_4d6c36e1281f4fb79c82d095e0c204db_aa13e2fc.displayName = "Form";
return Form_root_4d6c36e1281f4fb79c82d095e0c204db_aa13e2fc;
})();

export const Cond_comp_bf09d381ba413685f948e0b18e253952_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_bf09d381ba413685f948e0b18e253952_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.erase_code_rx_state_?.valueOf?.() === ""?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bf09d381ba413685f948e0b18e253952_aa13e2fc.displayName = "Cond";
return Cond_comp_bf09d381ba413685f948e0b18e253952_aa13e2fc;
})();

export const Cond_comp_0ee917dcb39c18d5751a3933e93e970d_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_0ee917dcb39c18d5751a3933e93e970d_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin_privacy____audit_state")
    return(
        (pyAnd(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.notice_tone_rx_state_?.valueOf?.() === "red"?.valueOf?.()))), () => (((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["again"] : "")?.valueOf?.() === ""?.valueOf?.()))), () => (((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["audit_retention_days"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin_privacy____audit_state.errors_rx_state_?.["audit_retention_days"] : "")?.valueOf?.() === ""?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ee917dcb39c18d5751a3933e93e970d_aa13e2fc.displayName = "Cond";
return Cond_comp_0ee917dcb39c18d5751a3933e93e970d_aa13e2fc;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_aa13e2fc = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_aa13e2fc.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_aa13e2fc;
})();

export const Cond_comp_4d62911cd951c95cbe8d0b69c06abe8e_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_4d62911cd951c95cbe8d0b69c06abe8e_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d62911cd951c95cbe8d0b69c06abe8e_aa13e2fc.displayName = "Cond";
return Cond_comp_4d62911cd951c95cbe8d0b69c06abe8e_aa13e2fc;
})();

export const Cond_comp_ac92fb9394aae91493313f040c909898_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_ac92fb9394aae91493313f040c909898_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___admin____admin_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___admin____admin_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ac92fb9394aae91493313f040c909898_aa13e2fc.displayName = "Cond";
return Cond_comp_ac92fb9394aae91493313f040c909898_aa13e2fc;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_aa13e2fc = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_aa13e2fc.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_aa13e2fc;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_aa13e2fc = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_aa13e2fc = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_aa13e2fc.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_aa13e2fc;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_aa13e2fc = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_aa13e2fc = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_aa13e2fc.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_aa13e2fc;
})();


import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Checkbox as RadixThemesCheckbox,Flex as RadixThemesFlex,Heading as RadixThemesHeading,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideGraduationCap from "lucide-react/dist/esm/icons/graduation-cap.mjs"
import LucideCalendarDays from "lucide-react/dist/esm/icons/calendar-days.mjs"
import LucideUserRound from "lucide-react/dist/esm/icons/user-round.mjs"
import LucideMapPin from "lucide-react/dist/esm/icons/map-pin.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideHourglass from "lucide-react/dist/esm/icons/hourglass.mjs"
import LucideArmchair from "lucide-react/dist/esm/icons/armchair.mjs"
import LucideCalendarPlus from "lucide-react/dist/esm/icons/calendar-plus.mjs"
import LucideClipboardCheck from "lucide-react/dist/esm/icons/clipboard-check.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_b4470c5c = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_b4470c5c.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_b4470c5c;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b4470c5c = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b4470c5c.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b4470c5c;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b4470c5c.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b4470c5c;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_b4470c5c = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_b4470c5c = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_b4470c5c.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_b4470c5c;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_b4470c5c = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_b4470c5c.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_b4470c5c;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b4470c5c = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b4470c5c.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b4470c5c;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b4470c5c.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b4470c5c;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b4470c5c.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b4470c5c;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b4470c5c = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b4470c5c = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b4470c5c.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b4470c5c;
})();

export const Bare_comp_33256f5b05470a7e24c9c86dcd0f6a55_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_33256f5b05470a7e24c9c86dcd0f6a55_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.title"]
    )
});
Bare_comp_33256f5b05470a7e24c9c86dcd0f6a55_b4470c5c.displayName = "Bare";
return Bare_comp_33256f5b05470a7e24c9c86dcd0f6a55_b4470c5c;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_b4470c5c.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_b4470c5c;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_b4470c5c.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_b4470c5c;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_b4470c5c = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_b4470c5c.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_b4470c5c;
})();

export const Bare_comp_2c05772d297dd289663fc0b62bbba2ef_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_2c05772d297dd289663fc0b62bbba2ef_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.denied_message_rx_state_
    )
});
Bare_comp_2c05772d297dd289663fc0b62bbba2ef_b4470c5c.displayName = "Bare";
return Bare_comp_2c05772d297dd289663fc0b62bbba2ef_b4470c5c;
})();

export const Bare_comp_3f55fa466b3a4b6d04fe6c7c64b36455_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_3f55fa466b3a4b6d04fe6c7c64b36455_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.intro"]
    )
});
Bare_comp_3f55fa466b3a4b6d04fe6c7c64b36455_b4470c5c.displayName = "Bare";
return Bare_comp_3f55fa466b3a4b6d04fe6c7c64b36455_b4470c5c;
})();

export const Cond_comp_84fa3f5dea9da62ee368f484eae22b09_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_84fa3f5dea9da62ee368f484eae22b09_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_84fa3f5dea9da62ee368f484eae22b09_b4470c5c.displayName = "Cond";
return Cond_comp_84fa3f5dea9da62ee368f484eae22b09_b4470c5c;
})();

export const Bare_comp_1503f50e4a95d750d3c789c76a1a0a8b_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_1503f50e4a95d750d3c789c76a1a0a8b_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.notice_rx_state_
    )
});
Bare_comp_1503f50e4a95d750d3c789c76a1a0a8b_b4470c5c.displayName = "Bare";
return Bare_comp_1503f50e4a95d750d3c789c76a1a0a8b_b4470c5c;
})();

export const Box_box_98bbcacd2ec636ca7df01ae7a485012b_b4470c5c = /*#__PURE__*/ (() => {
const Box_box_98bbcacd2ec636ca7df01ae7a485012b_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "10px 14px", ["borderRadius"] : "10px", ["width"] : "100%", ["background"] : ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "var(--green-3)" : "var(--red-3)") }), role:"status" }))},children)
    )
});
Box_box_98bbcacd2ec636ca7df01ae7a485012b_b4470c5c.displayName = "Box";
return Box_box_98bbcacd2ec636ca7df01ae7a485012b_b4470c5c;
})();

export const Cond_comp_9b8264d500434b1564be1d6dbc76b150_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_9b8264d500434b1564be1d6dbc76b150_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.creating_rx_state_)))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9b8264d500434b1564be1d6dbc76b150_b4470c5c.displayName = "Cond";
return Cond_comp_9b8264d500434b1564be1d6dbc76b150_b4470c5c;
})();

export const Bare_comp_087cd00827b7524d2d35849c3095cc59_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_087cd00827b7524d2d35849c3095cc59_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.title"]
    )
});
Bare_comp_087cd00827b7524d2d35849c3095cc59_b4470c5c.displayName = "Bare";
return Bare_comp_087cd00827b7524d2d35849c3095cc59_b4470c5c;
})();

export const Bare_comp_53a6983f373af6f5ad67c717b9ad3ac6_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_53a6983f373af6f5ad67c717b9ad3ac6_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.code"]
    )
});
Bare_comp_53a6983f373af6f5ad67c717b9ad3ac6_b4470c5c.displayName = "Bare";
return Bare_comp_53a6983f373af6f5ad67c717b9ad3ac6_b4470c5c;
})();

export const Bare_comp_13e7587ce263587aa2c7b7ecd6d22b16_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_13e7587ce263587aa2c7b7ecd6d22b16_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.name"]
    )
});
Bare_comp_13e7587ce263587aa2c7b7ecd6d22b16_b4470c5c.displayName = "Bare";
return Bare_comp_13e7587ce263587aa2c7b7ecd6d22b16_b4470c5c;
})();

export const Bare_comp_16e74c72ed252f7faa7b42aca2c2f5eb_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_16e74c72ed252f7faa7b42aca2c2f5eb_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.topics"]
    )
});
Bare_comp_16e74c72ed252f7faa7b42aca2c2f5eb_b4470c5c.displayName = "Bare";
return Bare_comp_16e74c72ed252f7faa7b42aca2c2f5eb_b4470c5c;
})();

export const Foreach_comp_9e4c8fe7a865b46cabb40f7746b87d91_b4470c5c = /*#__PURE__*/ (() => {
const Foreach_comp_9e4c8fe7a865b46cabb40f7746b87d91_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.topic_choices_rx_state_ ?? [],((choice_rx_state_,index_0af5d64a8ec3c50db4cb5627f562e0fd)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" }),key:index_0af5d64a8ec3c50db4cb5627f562e0fd},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":choice_rx_state_?.["label"],name:choice_rx_state_?.["name"],size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},choice_rx_state_?.["label"]))))))
    )
});
Foreach_comp_9e4c8fe7a865b46cabb40f7746b87d91_b4470c5c.displayName = "Foreach";
return Foreach_comp_9e4c8fe7a865b46cabb40f7746b87d91_b4470c5c;
})();

export const Bare_comp_32a37a3d3cafba8f7871dfb107ad2086_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_32a37a3d3cafba8f7871dfb107ad2086_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.sessions"]
    )
});
Bare_comp_32a37a3d3cafba8f7871dfb107ad2086_b4470c5c.displayName = "Bare";
return Bare_comp_32a37a3d3cafba8f7871dfb107ad2086_b4470c5c;
})();

export const Bare_comp_bb07806bf844c3ccbad723c2e1306966_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_bb07806bf844c3ccbad723c2e1306966_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.session_n"]
    )
});
Bare_comp_bb07806bf844c3ccbad723c2e1306966_b4470c5c.displayName = "Bare";
return Bare_comp_bb07806bf844c3ccbad723c2e1306966_b4470c5c;
})();

export const Bare_comp_ee7da21018c35a535bec81b2359aba01_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_ee7da21018c35a535bec81b2359aba01_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.day"]
    )
});
Bare_comp_ee7da21018c35a535bec81b2359aba01_b4470c5c.displayName = "Bare";
return Bare_comp_ee7da21018c35a535bec81b2359aba01_b4470c5c;
})();

export const Bare_comp_87458ab2edb220d21a5d2eb617516f9c_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_87458ab2edb220d21a5d2eb617516f9c_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.time"]
    )
});
Bare_comp_87458ab2edb220d21a5d2eb617516f9c_b4470c5c.displayName = "Bare";
return Bare_comp_87458ab2edb220d21a5d2eb617516f9c_b4470c5c;
})();

export const Bare_comp_1a48b660686e662812e53297ee6cbff0_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_1a48b660686e662812e53297ee6cbff0_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.place"]
    )
});
Bare_comp_1a48b660686e662812e53297ee6cbff0_b4470c5c.displayName = "Bare";
return Bare_comp_1a48b660686e662812e53297ee6cbff0_b4470c5c;
})();

export const Cond_comp_7d2b07ded2877a72344fa3cdba995e82_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_7d2b07ded2877a72344fa3cdba995e82_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7d2b07ded2877a72344fa3cdba995e82_b4470c5c.displayName = "Cond";
return Cond_comp_7d2b07ded2877a72344fa3cdba995e82_b4470c5c;
})();

export const Cond_comp_c731444dd5b02031f93f6c980a1ca0d1_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_c731444dd5b02031f93f6c980a1ca0d1_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c731444dd5b02031f93f6c980a1ca0d1_b4470c5c.displayName = "Cond";
return Cond_comp_c731444dd5b02031f93f6c980a1ca0d1_b4470c5c;
})();

export const Cond_comp_14f4391ed97f001e778a2f41ee17df14_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_14f4391ed97f001e778a2f41ee17df14_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 2)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_14f4391ed97f001e778a2f41ee17df14_b4470c5c.displayName = "Cond";
return Cond_comp_14f4391ed97f001e778a2f41ee17df14_b4470c5c;
})();

export const Cond_comp_a99a84e96326dace98c4905767abe8fa_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_a99a84e96326dace98c4905767abe8fa_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 3)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a99a84e96326dace98c4905767abe8fa_b4470c5c.displayName = "Cond";
return Cond_comp_a99a84e96326dace98c4905767abe8fa_b4470c5c;
})();

export const Cond_comp_27f0719ead9be2252fbb31f836a287a0_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_27f0719ead9be2252fbb31f836a287a0_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 4)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_27f0719ead9be2252fbb31f836a287a0_b4470c5c.displayName = "Cond";
return Cond_comp_27f0719ead9be2252fbb31f836a287a0_b4470c5c;
})();

export const Cond_comp_671b260f88fb47203289fffea84799d5_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_671b260f88fb47203289fffea84799d5_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 5)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_671b260f88fb47203289fffea84799d5_b4470c5c.displayName = "Cond";
return Cond_comp_671b260f88fb47203289fffea84799d5_b4470c5c;
})();

export const Cond_comp_34ba920a20dd09dce677ecce0a3cb762_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_34ba920a20dd09dce677ecce0a3cb762_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 6)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_34ba920a20dd09dce677ecce0a3cb762_b4470c5c.displayName = "Cond";
return Cond_comp_34ba920a20dd09dce677ecce0a3cb762_b4470c5c;
})();

export const Cond_comp_82434f95813c28cd25f65c33ddab32ab_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_82434f95813c28cd25f65c33ddab32ab_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.session_count_rx_state_ > 7)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_82434f95813c28cd25f65c33ddab32ab_b4470c5c.displayName = "Cond";
return Cond_comp_82434f95813c28cd25f65c33ddab32ab_b4470c5c;
})();

export const Bare_comp_0f9a516bae0966676a53de18d63b45f2_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_0f9a516bae0966676a53de18d63b45f2_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.add_session"]
    )
});
Bare_comp_0f9a516bae0966676a53de18d63b45f2_b4470c5c.displayName = "Bare";
return Bare_comp_0f9a516bae0966676a53de18d63b45f2_b4470c5c;
})();

export const Button_button_82567b6f711417dcaad4a1ef1263fbf3_b4470c5c = /*#__PURE__*/ (() => {
const Button_button_82567b6f711417dcaad4a1ef1263fbf3_b4470c5c = memo(({children, ...rest}) => {
    const on_click_cf919894c437c5d337f9dff6b75890d7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state.more_sessions", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_cf919894c437c5d337f9dff6b75890d7, size:"3", type:"button", variant:"outline" }))},children)
    )
});
Button_button_82567b6f711417dcaad4a1ef1263fbf3_b4470c5c.displayName = "Button";
return Button_button_82567b6f711417dcaad4a1ef1263fbf3_b4470c5c;
})();

export const Bare_comp_596a1e1a125180be18ad2fea5c7d4b56_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_596a1e1a125180be18ad2fea5c7d4b56_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.remove_session"]
    )
});
Bare_comp_596a1e1a125180be18ad2fea5c7d4b56_b4470c5c.displayName = "Bare";
return Bare_comp_596a1e1a125180be18ad2fea5c7d4b56_b4470c5c;
})();

export const Button_button_cec1dd3cefe309ff7662e78326320c32_b4470c5c = /*#__PURE__*/ (() => {
const Button_button_cec1dd3cefe309ff7662e78326320c32_b4470c5c = memo(({children, ...rest}) => {
    const on_click_48283d7643cdbe60b0eb6c3b2fb2304a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state.fewer_sessions", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_48283d7643cdbe60b0eb6c3b2fb2304a, size:"3", type:"button", variant:"outline" }))},children)
    )
});
Button_button_cec1dd3cefe309ff7662e78326320c32_b4470c5c.displayName = "Button";
return Button_button_cec1dd3cefe309ff7662e78326320c32_b4470c5c;
})();

export const Bare_comp_739230bc3578071257bdfd71ccd9c7ad_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_739230bc3578071257bdfd71ccd9c7ad_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.capacity"]
    )
});
Bare_comp_739230bc3578071257bdfd71ccd9c7ad_b4470c5c.displayName = "Bare";
return Bare_comp_739230bc3578071257bdfd71ccd9c7ad_b4470c5c;
})();

export const Bare_comp_0cd72a76ac46e4b35370ca9a26082012_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_0cd72a76ac46e4b35370ca9a26082012_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.teacher_fixed_rx_state_
    )
});
Bare_comp_0cd72a76ac46e4b35370ca9a26082012_b4470c5c.displayName = "Bare";
return Bare_comp_0cd72a76ac46e4b35370ca9a26082012_b4470c5c;
})();

export const Bare_comp_d6ebdead3faab4e51df76f00f08829b5_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_d6ebdead3faab4e51df76f00f08829b5_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.teacher"]
    )
});
Bare_comp_d6ebdead3faab4e51df76f00f08829b5_b4470c5c.displayName = "Bare";
return Bare_comp_d6ebdead3faab4e51df76f00f08829b5_b4470c5c;
})();

export const Bare_comp_df880683e4e5a4edcc10770de6a5c34c_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_df880683e4e5a4edcc10770de6a5c34c_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.no_teacher"]
    )
});
Bare_comp_df880683e4e5a4edcc10770de6a5c34c_b4470c5c.displayName = "Bare";
return Bare_comp_df880683e4e5a4edcc10770de6a5c34c_b4470c5c;
})();

export const Foreach_comp_a7d819ac0e4161f23ed061c2ad5f43c8_b4470c5c = /*#__PURE__*/ (() => {
const Foreach_comp_a7d819ac0e4161f23ed061c2ad5f43c8_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.teacher_choices_rx_state_ ?? [],((c_rx_state_,index_ac516ba13e79e0e8c72f86ef6618dcc4)=>(jsx("option",{key:index_ac516ba13e79e0e8c72f86ef6618dcc4,value:c_rx_state_?.["name"]},c_rx_state_?.["label"]))))
    )
});
Foreach_comp_a7d819ac0e4161f23ed061c2ad5f43c8_b4470c5c.displayName = "Foreach";
return Foreach_comp_a7d819ac0e4161f23ed061c2ad5f43c8_b4470c5c;
})();

export const Cond_comp_38c2eb144029bd7fd1e3a619a63d5b06_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_38c2eb144029bd7fd1e3a619a63d5b06_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.teacher_fixed_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_38c2eb144029bd7fd1e3a619a63d5b06_b4470c5c.displayName = "Cond";
return Cond_comp_38c2eb144029bd7fd1e3a619a63d5b06_b4470c5c;
})();

export const Bare_comp_8ce1f9d5272b9787502a2f0e1a053dbb_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_8ce1f9d5272b9787502a2f0e1a053dbb_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.teacher_fixed_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.groups_own"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.groups"])
    )
});
Bare_comp_8ce1f9d5272b9787502a2f0e1a053dbb_b4470c5c.displayName = "Bare";
return Bare_comp_8ce1f9d5272b9787502a2f0e1a053dbb_b4470c5c;
})();

export const Foreach_comp_f4c6bf762c56a9744ddc211b0c8d4078_b4470c5c = /*#__PURE__*/ (() => {
const Foreach_comp_f4c6bf762c56a9744ddc211b0c8d4078_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.group_choices_rx_state_ ?? [],((choice_rx_state_,index_0af5d64a8ec3c50db4cb5627f562e0fd)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" }),key:index_0af5d64a8ec3c50db4cb5627f562e0fd},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":choice_rx_state_?.["label"],name:choice_rx_state_?.["name"],size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},choice_rx_state_?.["label"]))))))
    )
});
Foreach_comp_f4c6bf762c56a9744ddc211b0c8d4078_b4470c5c.displayName = "Foreach";
return Foreach_comp_f4c6bf762c56a9744ddc211b0c8d4078_b4470c5c;
})();

export const Cond_comp_f2c1a56403aea71d93b98b68a80fb40f_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_f2c1a56403aea71d93b98b68a80fb40f_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.notice_tone_rx_state_?.valueOf?.() === "red"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f2c1a56403aea71d93b98b68a80fb40f_b4470c5c.displayName = "Cond";
return Cond_comp_f2c1a56403aea71d93b98b68a80fb40f_b4470c5c;
})();

export const Bare_comp_9deb56d782212818d9de83e58f500535_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_9deb56d782212818d9de83e58f500535_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.save"]
    )
});
Bare_comp_9deb56d782212818d9de83e58f500535_b4470c5c.displayName = "Bare";
return Bare_comp_9deb56d782212818d9de83e58f500535_b4470c5c;
})();

export const Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"]
    )
});
Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_b4470c5c.displayName = "Bare";
return Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_b4470c5c;
})();

export const Button_button_ce1d9292ad3f268680a1a001c1953a51_b4470c5c = /*#__PURE__*/ (() => {
const Button_button_ce1d9292ad3f268680a1a001c1953a51_b4470c5c = memo(({children, ...rest}) => {
    const on_click_02ffda52156267dd6ae573a711e5f05e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state.close_form", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_02ffda52156267dd6ae573a711e5f05e, size:"4", type:"button", variant:"outline" }))},children)
    )
});
Button_button_ce1d9292ad3f268680a1a001c1953a51_b4470c5c.displayName = "Button";
return Button_button_ce1d9292ad3f268680a1a001c1953a51_b4470c5c;
})();

export const Form_root_cf5327089ed457698c31555a92b12277_b4470c5c = /*#__PURE__*/ (() => {
const Form_root_cf5327089ed457698c31555a92b12277_b4470c5c = memo(({children, ...rest}) => {
    
    const handleSubmit_f3f48deb7a18adda76ead043b033498a = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state.create", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"class-form", onSubmit:handleSubmit_f3f48deb7a18adda76ead043b033498a }))},children)
    )
});
Form_root_cf5327089ed457698c31555a92b12277_b4470c5c.displayName = "Form";
return Form_root_cf5327089ed457698c31555a92b12277_b4470c5c;
})();

export const Bare_comp_b7974bf6dd17bc1d33568e2d9d8c1c7a_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_b7974bf6dd17bc1d33568e2d9d8c1c7a_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["newclass.open"]
    )
});
Bare_comp_b7974bf6dd17bc1d33568e2d9d8c1c7a_b4470c5c.displayName = "Bare";
return Bare_comp_b7974bf6dd17bc1d33568e2d9d8c1c7a_b4470c5c;
})();

export const Button_button_50f120a1a5d6a91b5674a196bd0f2830_b4470c5c = /*#__PURE__*/ (() => {
const Button_button_50f120a1a5d6a91b5674a196bd0f2830_b4470c5c = memo(({children, ...rest}) => {
    const on_click_22a58d9a734fa1b9e5abff3e5c3bd669 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state.open_form", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"open-class-form", onClick:on_click_22a58d9a734fa1b9e5abff3e5c3bd669, size:"4" }))},children)
    )
});
Button_button_50f120a1a5d6a91b5674a196bd0f2830_b4470c5c.displayName = "Button";
return Button_button_50f120a1a5d6a91b5674a196bd0f2830_b4470c5c;
})();

export const Cond_comp_90ef379b1b33b3be9ca1852fdff5620b_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_90ef379b1b33b3be9ca1852fdff5620b_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.creating_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_90ef379b1b33b3be9ca1852fdff5620b_b4470c5c.displayName = "Cond";
return Cond_comp_90ef379b1b33b3be9ca1852fdff5620b_b4470c5c;
})();

export const Cond_comp_6f6fe4e6cc87f5de8ee03bf2df04885e_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_6f6fe4e6cc87f5de8ee03bf2df04885e_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.can_create_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6f6fe4e6cc87f5de8ee03bf2df04885e_b4470c5c.displayName = "Cond";
return Cond_comp_6f6fe4e6cc87f5de8ee03bf2df04885e_b4470c5c;
})();

export const Bare_comp_b015ca2815c7542c79a434afa295fa57_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_b015ca2815c7542c79a434afa295fa57_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.none"]
    )
});
Bare_comp_b015ca2815c7542c79a434afa295fa57_b4470c5c.displayName = "Bare";
return Bare_comp_b015ca2815c7542c79a434afa295fa57_b4470c5c;
})();

export const Cond_comp_54110fe04182e4ccdbf4a68b92dd8809_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_54110fe04182e4ccdbf4a68b92dd8809_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.cards_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_54110fe04182e4ccdbf4a68b92dd8809_b4470c5c.displayName = "Cond";
return Cond_comp_54110fe04182e4ccdbf4a68b92dd8809_b4470c5c;
})();

export const Foreach_comp_b81535cd37347314c78deaea300a2eac_b4470c5c = /*#__PURE__*/ (() => {
const Foreach_comp_b81535cd37347314c78deaea300a2eac_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.cards_rx_state_ ?? [],((card_rx_state_,index_3db0db2838dd03076ec7d98c825c170d)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-class":card_rx_state_?.["code"],"data-testid":"class-card",key:index_3db0db2838dd03076ec7d98c825c170d},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideGraduationCap,{css:({ ["flexShrink"] : "0" }),size:26},),jsx(RadixThemesHeading,{as:"h2",size:"4"},card_rx_state_?.["title"])),jsx(RadixThemesText,{as:"p"},Array.prototype.map.call(card_rx_state_?.["topics"] ?? [],((topic_rx_state_,index_8514d7df1528c342575220624f907817)=>(jsx(RadixThemesBadge,{css:({ ["marginRight"] : "4px", ["marginBottom"] : "4px" }),highContrast:true,key:index_8514d7df1528c342575220624f907817,size:"2",variant:"soft"},topic_rx_state_))))),Array.prototype.map.call(card_rx_state_?.["sessions"] ?? [],((line_rx_state_,index_564b4890e59eb214515933342057a135)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",key:index_564b4890e59eb214515933342057a135,gap:"2"},jsx(LucideCalendarDays,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:20},),jsx(RadixThemesText,{as:"p",size:"3"},line_rx_state_))))),jsx(Fragment,{},(!((card_rx_state_?.["teacher"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideUserRound,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:20},),jsx(RadixThemesText,{as:"p",size:"3"},card_rx_state_?.["teacher"])))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideMapPin,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:20},),jsx(RadixThemesText,{as:"p",size:"3"},card_rx_state_?.["groups"])),jsx(Fragment,{},(card_rx_state_?.["over"]?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideCircleCheck,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:20},),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.over"])))):(jsx(Fragment,{},(card_rx_state_?.["full"]?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideHourglass,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:20},),jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},card_rx_state_?.["seats"])))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideArmchair,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:20},),jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},card_rx_state_?.["seats"]))))))))),jsx(Fragment,{},(!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.resident_rx_state_)?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},card_rx_state_?.["counts"]))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{css:({ ["gap"] : "8px" }),wrap:"wrap"},jsx(Fragment,{},(!(card_rx_state_?.["over"])?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.calendar"]+": "+card_rx_state_?.["title"]),css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state.calendar", ({ ["class_id"] : card_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"outline"},jsx(LucideCalendarPlus,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.calendar"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(card_rx_state_?.["teaches"]?(jsx(Fragment,{},jsx(RadixThemesLink,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.attendance"]+": "+card_rx_state_?.["title"]),asChild:true,css:({ ["color"] : "white", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["borderRadius"] : "10px", ["background"] : "#0b5d3b", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),underline:"none"},jsx(ReactRouterLink,{to:card_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideClipboardCheck,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.attendance"]))))):(jsx(Fragment,{},(!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.resident_rx_state_)?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "inline-flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"3"},jsx(ReactRouterLink,{to:card_rx_state_?.["href"]},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.see_list"])))):(jsx(Fragment,{},))))))),jsx(Fragment,{},(pyAnd(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.resident_rx_state_, () => (!(card_rx_state_?.["over"])))?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "inline-flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"3"},jsx(ReactRouterLink,{to:"/ho"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.sign_up_at_home"])))):(jsx(Fragment,{},))))))))))
    )
});
Foreach_comp_b81535cd37347314c78deaea300a2eac_b4470c5c.displayName = "Foreach";
return Foreach_comp_b81535cd37347314c78deaea300a2eac_b4470c5c;
})();

export const Bare_comp_09d0d10eee1b6ffc5c44c85027f35064_b4470c5c = /*#__PURE__*/ (() => {
const Bare_comp_09d0d10eee1b6ffc5c44c85027f35064_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.figures"]
    )
});
Bare_comp_09d0d10eee1b6ffc5c44c85027f35064_b4470c5c.displayName = "Bare";
return Bare_comp_09d0d10eee1b6ffc5c44c85027f35064_b4470c5c;
})();

export const Foreach_comp_bac0306bdb32a81f97d67cb070b8e2d0_b4470c5c = /*#__PURE__*/ (() => {
const Foreach_comp_bac0306bdb32a81f97d67cb070b8e2d0_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.figures_rx_state_ ?? [],((line_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",line_rx_state_))))
    )
});
Foreach_comp_bac0306bdb32a81f97d67cb070b8e2d0_b4470c5c.displayName = "Foreach";
return Foreach_comp_bac0306bdb32a81f97d67cb070b8e2d0_b4470c5c;
})();

export const Cond_comp_484b60188c1874d00e865b8ff10342e1_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_484b60188c1874d00e865b8ff10342e1_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.figures_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_484b60188c1874d00e865b8ff10342e1_b4470c5c.displayName = "Cond";
return Cond_comp_484b60188c1874d00e865b8ff10342e1_b4470c5c;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_b4470c5c = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_b4470c5c.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_b4470c5c;
})();

export const Cond_comp_c83bb7d95e904dcf71f9d3e63ba51548_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_c83bb7d95e904dcf71f9d3e63ba51548_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c83bb7d95e904dcf71f9d3e63ba51548_b4470c5c.displayName = "Cond";
return Cond_comp_c83bb7d95e904dcf71f9d3e63ba51548_b4470c5c;
})();

export const Cond_comp_9aa306c71e83f3706a543830722f7aa2_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_9aa306c71e83f3706a543830722f7aa2_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___classes____classes_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___classes____classes_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9aa306c71e83f3706a543830722f7aa2_b4470c5c.displayName = "Cond";
return Cond_comp_9aa306c71e83f3706a543830722f7aa2_b4470c5c;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_b4470c5c = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_b4470c5c.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_b4470c5c;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b4470c5c = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b4470c5c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b4470c5c.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b4470c5c;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b4470c5c = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b4470c5c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b4470c5c.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b4470c5c;
})();

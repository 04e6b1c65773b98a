
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {AlertDialog as RadixThemesAlertDialog,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Checkbox as RadixThemesCheckbox,Dialog as RadixThemesDialog,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Strong as RadixThemesStrong,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink,useSearchParams} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideUsers from "lucide-react/dist/esm/icons/users.mjs"
import LucideTrash2 from "lucide-react/dist/esm/icons/trash-2.mjs"
import LucideEraser from "lucide-react/dist/esm/icons/eraser.mjs"
import LucideChevronLeft from "lucide-react/dist/esm/icons/chevron-left.mjs"
import LucideChevronRight from "lucide-react/dist/esm/icons/chevron-right.mjs"
import LucideListChecks from "lucide-react/dist/esm/icons/list-checks.mjs"
import LucidePencil from "lucide-react/dist/esm/icons/pencil.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideCircle from "lucide-react/dist/esm/icons/circle.mjs"
import LucideBadgeCheck from "lucide-react/dist/esm/icons/badge-check.mjs"
import LucideUserRound from "lucide-react/dist/esm/icons/user-round.mjs"
import LucideGraduationCap from "lucide-react/dist/esm/icons/graduation-cap.mjs"
import LucideCalendarDays from "lucide-react/dist/esm/icons/calendar-days.mjs"
import LucideClock from "lucide-react/dist/esm/icons/clock.mjs"
import LucidePencilLine from "lucide-react/dist/esm/icons/pencil-line.mjs"
import LucideHourglass from "lucide-react/dist/esm/icons/hourglass.mjs"
import LucideCalendarPlus from "lucide-react/dist/esm/icons/calendar-plus.mjs"
import LucideList from "lucide-react/dist/esm/icons/list.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {BackLink,outboxAddMember,outboxChoose,outboxLocal,outboxMerge,outboxMergeAll,outboxPut,outboxSignup,outboxUnsign,outboxVisit,useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_a73eedf7.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_a73eedf7;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_a73eedf7.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_a73eedf7;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_a73eedf7.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_a73eedf7;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_a73eedf7.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_a73eedf7;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_a73eedf7.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_a73eedf7;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_a73eedf7 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_a73eedf7.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_a73eedf7;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_a73eedf7.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_a73eedf7;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_a73eedf7.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_a73eedf7;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_a73eedf7.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_a73eedf7;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_a73eedf7.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_a73eedf7;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_a73eedf7.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_a73eedf7;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_a73eedf7.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_a73eedf7;
})();

export const Bare_comp_5628ea40a646f9151e45d9ee6d6934b1_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_5628ea40a646f9151e45d9ee6d6934b1_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.denied_message_rx_state_
    )
});
Bare_comp_5628ea40a646f9151e45d9ee6d6934b1_a73eedf7.displayName = "Bare";
return Bare_comp_5628ea40a646f9151e45d9ee6d6934b1_a73eedf7;
})();

export const Cond_comp_41fe31b7171afd580138a2a29906ce38_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_41fe31b7171afd580138a2a29906ce38_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
    return(
        ((gdsBox?.["n"] > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_41fe31b7171afd580138a2a29906ce38_a73eedf7.displayName = "Cond";
return Cond_comp_41fe31b7171afd580138a2a29906ce38_a73eedf7;
})();

export const Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((gdsBox?.["n"] > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.waiting"].replaceAll("{n}", (JSON.stringify(gdsBox?.["n"]))) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.all_sent"])
    )
});
Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_a73eedf7.displayName = "Bare";
return Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_a73eedf7;
})();

export const Text_text_3eae7542f6eec34c54f0f20f4e0348ba_a73eedf7 = /*#__PURE__*/ (() => {
const Text_text_3eae7542f6eec34c54f0f20f4e0348ba_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", size:"3", weight:((gdsBox?.["n"] > 0) ? "bold" : "regular") }))},children)
    )
});
Text_text_3eae7542f6eec34c54f0f20f4e0348ba_a73eedf7.displayName = "Text";
return Text_text_3eae7542f6eec34c54f0f20f4e0348ba_a73eedf7;
})();

export const Hstack_flex_9d606841e5e37674d26ffc8508259a94_a73eedf7 = /*#__PURE__*/ (() => {
const Hstack_flex_9d606841e5e37674d26ffc8508259a94_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"center", className:"rx-Stack", css:({ ["padding"] : "6px 12px", ["minHeight"] : "40px", ["borderRadius"] : "999px", ["border"] : ((gdsBox?.["n"] > 0) ? "2px solid var(--amber-9)" : "1px solid var(--gray-7)"), ["background"] : ((gdsBox?.["n"] > 0) ? "var(--amber-2)" : "white"), ["color"] : "var(--gray-12)", ["width"] : "fit-content" }), "data-testid":"waiting-counter", direction:"row", role:"status", gap:"2" }))},children)
    )
});
Hstack_flex_9d606841e5e37674d26ffc8508259a94_a73eedf7.displayName = "HStack";
return Hstack_flex_9d606841e5e37674d26ffc8508259a94_a73eedf7;
})();

export const Cond_comp_115af07dc2beeb4103eef446262cfd7f_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_115af07dc2beeb4103eef446262cfd7f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_verbal_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_115af07dc2beeb4103eef446262cfd7f_a73eedf7.displayName = "Cond";
return Cond_comp_115af07dc2beeb4103eef446262cfd7f_a73eedf7;
})();

export const Bare_comp_e6aac4cb106d21f36db03512501b85b2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e6aac4cb106d21f36db03512501b85b2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.title"]
    )
});
Bare_comp_e6aac4cb106d21f36db03512501b85b2_a73eedf7.displayName = "Bare";
return Bare_comp_e6aac4cb106d21f36db03512501b85b2_a73eedf7;
})();

export const Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.lead"]
    )
});
Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_a73eedf7.displayName = "Bare";
return Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_a73eedf7;
})();

export const Foreach_comp_2a32c76d15ecd9c3f1307ce198daa2b0_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_2a32c76d15ecd9c3f1307ce198daa2b0_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(gdsBox?.["conflicts"] ?? [],((conflict_rx_state_,index_896801b62fe7f69070dc3a745c526e26)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"conflict",key:index_896801b62fe7f69070dc3a745c526e26},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},conflict_rx_state_?.["code"]," \u00b7 ",conflict_rx_state_?.["name"]," \u2014 ",(({ ["has_smartphone"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.smartphone"], ["has_epayment"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.epayment"], ["vneid_level"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.vneid"], ["learning_status"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.learning"], ["skill.smartphone_use"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.smartphone_use"], ["skill.info_search"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.info_search"], ["skill.messaging"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.messaging"], ["skill.online_public_services"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_public_services"], ["skill.cashless_payment"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.cashless_payment"], ["skill.vneid_app"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.vneid_app"], ["skill.online_safety"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_safety"], ["skill.ecommerce"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.ecommerce"], ["trader_ecommerce"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_ecommerce"], ["trader_cashless"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_cashless"], ["trader_digital_savings"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_digital_savings"] })[conflict_rx_state_.f] ?? '')),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.theirs"]," ",jsx("strong",{},(({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[`${conflict_rx_state_.f}:${conflict_rx_state_.theirs}`] ?? ({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[String(conflict_rx_state_.theirs)] ?? String(conflict_rx_state_.theirs)))),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.mine"]," ",jsx("strong",{},(({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[`${conflict_rx_state_.f}:${conflict_rx_state_.mine}`] ?? ({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[String(conflict_rx_state_.mine)] ?? String(conflict_rx_state_.mine)))),jsx(RadixThemesFlex,{css:({ ["gap"] : "8px", ["width"] : "100%" }),wrap:"wrap"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"keep-theirs",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxChoose(conflict_rx_state_?.["id"], false)) }), ({  })))], [_e], ({  })))),size:"3",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.keep_theirs"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"keep-mine",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxChoose(conflict_rx_state_?.["id"], true)) }), ({  })))], [_e], ({  })))),size:"3",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.keep_mine"])))))))
    )
});
Foreach_comp_2a32c76d15ecd9c3f1307ce198daa2b0_a73eedf7.displayName = "Foreach";
return Foreach_comp_2a32c76d15ecd9c3f1307ce198daa2b0_a73eedf7;
})();

export const Cond_comp_3e0708e656cef9248ba877e1de5aa150_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_3e0708e656cef9248ba877e1de5aa150_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
    return(
        ((gdsBox?.["conflicts"].length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3e0708e656cef9248ba877e1de5aa150_a73eedf7.displayName = "Cond";
return Cond_comp_3e0708e656cef9248ba877e1de5aa150_a73eedf7;
})();

export const Bare_comp_b8f21aa476881a824f06afed5dcda753_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b8f21aa476881a824f06afed5dcda753_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_verbal_rx_state_ ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.title_leader"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.title"])
    )
});
Bare_comp_b8f21aa476881a824f06afed5dcda753_a73eedf7.displayName = "Bare";
return Bare_comp_b8f21aa476881a824f06afed5dcda753_a73eedf7;
})();

export const Bare_comp_ba743d29a55758b1fff2b05ab9149b87_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ba743d29a55758b1fff2b05ab9149b87_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.code_rx_state_
    )
});
Bare_comp_ba743d29a55758b1fff2b05ab9149b87_a73eedf7.displayName = "Bare";
return Bare_comp_ba743d29a55758b1fff2b05ab9149b87_a73eedf7;
})();

export const Bare_comp_c42d51b13705a5910d48da56cb36248d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c42d51b13705a5910d48da56cb36248d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.address_rx_state_
    )
});
Bare_comp_c42d51b13705a5910d48da56cb36248d_a73eedf7.displayName = "Bare";
return Bare_comp_c42d51b13705a5910d48da56cb36248d_a73eedf7;
})();

export const Bare_comp_67cb489873a894785d39f300703af2df_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_67cb489873a894785d39f300703af2df_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_line_rx_state_
    )
});
Bare_comp_67cb489873a894785d39f300703af2df_a73eedf7.displayName = "Bare";
return Bare_comp_67cb489873a894785d39f300703af2df_a73eedf7;
})();

export const Cond_comp_d9fce1d2dc6bd7fbab345f45fefb9c18_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_d9fce1d2dc6bd7fbab345f45fefb9c18_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_line_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d9fce1d2dc6bd7fbab345f45fefb9c18_a73eedf7.displayName = "Cond";
return Cond_comp_d9fce1d2dc6bd7fbab345f45fefb9c18_a73eedf7;
})();

export const Bare_comp_abbf20471b443f982076a64922d00cae_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_abbf20471b443f982076a64922d00cae_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.intro"]
    )
});
Bare_comp_abbf20471b443f982076a64922d00cae_a73eedf7.displayName = "Bare";
return Bare_comp_abbf20471b443f982076a64922d00cae_a73eedf7;
})();

export const Bare_comp_1c098083b57bfe716cbadd80dfc176e7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1c098083b57bfe716cbadd80dfc176e7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.what.title"]
    )
});
Bare_comp_1c098083b57bfe716cbadd80dfc176e7_a73eedf7.displayName = "Bare";
return Bare_comp_1c098083b57bfe716cbadd80dfc176e7_a73eedf7;
})();

export const Bare_comp_f11bcb740967f2d6f9355ec0d75049ea_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f11bcb740967f2d6f9355ec0d75049ea_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.what"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_f11bcb740967f2d6f9355ec0d75049ea_a73eedf7.displayName = "Bare";
return Bare_comp_f11bcb740967f2d6f9355ec0d75049ea_a73eedf7;
})();

export const Bare_comp_eef654aacd60d281d5f16879c0dc1c1d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_eef654aacd60d281d5f16879c0dc1c1d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.why.title"]
    )
});
Bare_comp_eef654aacd60d281d5f16879c0dc1c1d_a73eedf7.displayName = "Bare";
return Bare_comp_eef654aacd60d281d5f16879c0dc1c1d_a73eedf7;
})();

export const Bare_comp_8e5ac8aa6f33a13c4bd3d3499fb28a3c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_8e5ac8aa6f33a13c4bd3d3499fb28a3c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.why"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_8e5ac8aa6f33a13c4bd3d3499fb28a3c_a73eedf7.displayName = "Bare";
return Bare_comp_8e5ac8aa6f33a13c4bd3d3499fb28a3c_a73eedf7;
})();

export const Bare_comp_0e306bb482f29219dc034dd771dfa567_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_0e306bb482f29219dc034dd771dfa567_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.who.title"]
    )
});
Bare_comp_0e306bb482f29219dc034dd771dfa567_a73eedf7.displayName = "Bare";
return Bare_comp_0e306bb482f29219dc034dd771dfa567_a73eedf7;
})();

export const Bare_comp_76b4aae38d72512a4941841d9da83341_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_76b4aae38d72512a4941841d9da83341_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.who"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_76b4aae38d72512a4941841d9da83341_a73eedf7.displayName = "Bare";
return Bare_comp_76b4aae38d72512a4941841d9da83341_a73eedf7;
})();

export const Bare_comp_2b466c2929a12f992c56379376edbd31_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2b466c2929a12f992c56379376edbd31_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.how_long.title"]
    )
});
Bare_comp_2b466c2929a12f992c56379376edbd31_a73eedf7.displayName = "Bare";
return Bare_comp_2b466c2929a12f992c56379376edbd31_a73eedf7;
})();

export const Bare_comp_f6bdbf0e3cf0dd96564c73a8b3ab3f7f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f6bdbf0e3cf0dd96564c73a8b3ab3f7f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.how_long"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_f6bdbf0e3cf0dd96564c73a8b3ab3f7f_a73eedf7.displayName = "Bare";
return Bare_comp_f6bdbf0e3cf0dd96564c73a8b3ab3f7f_a73eedf7;
})();

export const Bare_comp_b2a51f112b77238375385c077ed0d97b_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b2a51f112b77238375385c077ed0d97b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.children.title"]
    )
});
Bare_comp_b2a51f112b77238375385c077ed0d97b_a73eedf7.displayName = "Bare";
return Bare_comp_b2a51f112b77238375385c077ed0d97b_a73eedf7;
})();

export const Bare_comp_11c074cd340d25057b3b88f424bcddf5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_11c074cd340d25057b3b88f424bcddf5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.children"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_11c074cd340d25057b3b88f424bcddf5_a73eedf7.displayName = "Bare";
return Bare_comp_11c074cd340d25057b3b88f424bcddf5_a73eedf7;
})();

export const Bare_comp_f7666bc700c114c5446d7a9abc0084fa_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f7666bc700c114c5446d7a9abc0084fa_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.withdraw.title"]
    )
});
Bare_comp_f7666bc700c114c5446d7a9abc0084fa_a73eedf7.displayName = "Bare";
return Bare_comp_f7666bc700c114c5446d7a9abc0084fa_a73eedf7;
})();

export const Bare_comp_5318ff90b5acd5ff845fe17dcd0a6682_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_5318ff90b5acd5ff845fe17dcd0a6682_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.withdraw"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_5318ff90b5acd5ff845fe17dcd0a6682_a73eedf7.displayName = "Bare";
return Bare_comp_5318ff90b5acd5ff845fe17dcd0a6682_a73eedf7;
})();

export const Bare_comp_7d1e102099c422984db1c9ef49d26766_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7d1e102099c422984db1c9ef49d26766_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.contact.title"]
    )
});
Bare_comp_7d1e102099c422984db1c9ef49d26766_a73eedf7.displayName = "Bare";
return Bare_comp_7d1e102099c422984db1c9ef49d26766_a73eedf7;
})();

export const Bare_comp_38d63ef59a79a925c9dbc838068f8774_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_38d63ef59a79a925c9dbc838068f8774_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.notice.contact"].replaceAll("{ward}", "Ph\u01b0\u1eddng Kh\u01b0\u01a1ng \u0110\u00ecnh")
    )
});
Bare_comp_38d63ef59a79a925c9dbc838068f8774_a73eedf7.displayName = "Bare";
return Bare_comp_38d63ef59a79a925c9dbc838068f8774_a73eedf7;
})();

export const Bare_comp_ba33f8a30645e160497b4fa006e597e6_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ba33f8a30645e160497b4fa006e597e6_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.version"].replaceAll("{version}", "2027-01")
    )
});
Bare_comp_ba33f8a30645e160497b4fa006e597e6_a73eedf7.displayName = "Bare";
return Bare_comp_ba33f8a30645e160497b4fa006e597e6_a73eedf7;
})();

export const Bare_comp_bc1da2b1748a72c8588ad8f5e20ccc5c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bc1da2b1748a72c8588ad8f5e20ccc5c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.adult_name"]
    )
});
Bare_comp_bc1da2b1748a72c8588ad8f5e20ccc5c_a73eedf7.displayName = "Bare";
return Bare_comp_bc1da2b1748a72c8588ad8f5e20ccc5c_a73eedf7;
})();

export const Bare_comp_61b4ed3da2154f3b341e52ba06d006e0_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_61b4ed3da2154f3b341e52ba06d006e0_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.adult_name_hint"]
    )
});
Bare_comp_61b4ed3da2154f3b341e52ba06d006e0_a73eedf7.displayName = "Bare";
return Bare_comp_61b4ed3da2154f3b341e52ba06d006e0_a73eedf7;
})();

export const Bare_comp_6618d3299ec97f3cc515a384c6270b7b_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6618d3299ec97f3cc515a384c6270b7b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["adult_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["adult_name"] : "")
    )
});
Bare_comp_6618d3299ec97f3cc515a384c6270b7b_a73eedf7.displayName = "Bare";
return Bare_comp_6618d3299ec97f3cc515a384c6270b7b_a73eedf7;
})();

export const Cond_comp_a9974528922563c93879e1db9b905c8c_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_a9974528922563c93879e1db9b905c8c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["adult_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["adult_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a9974528922563c93879e1db9b905c8c_a73eedf7.displayName = "Cond";
return Cond_comp_a9974528922563c93879e1db9b905c8c_a73eedf7;
})();

export const Bare_comp_fca2f313955fbe948d51eaf7cb9a4abd_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_fca2f313955fbe948d51eaf7cb9a4abd_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_verbal_rx_state_ ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.agree_verbal"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.agree_self"])
    )
});
Bare_comp_fca2f313955fbe948d51eaf7cb9a4abd_a73eedf7.displayName = "Bare";
return Bare_comp_fca2f313955fbe948d51eaf7cb9a4abd_a73eedf7;
})();

export const Bare_comp_277a1c92e587f8e3eb4e106d68d6f219_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_277a1c92e587f8e3eb4e106d68d6f219_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["agree"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["agree"] : "")
    )
});
Bare_comp_277a1c92e587f8e3eb4e106d68d6f219_a73eedf7.displayName = "Bare";
return Bare_comp_277a1c92e587f8e3eb4e106d68d6f219_a73eedf7;
})();

export const Cond_comp_01144af4a7d121c6559d833225e64522_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_01144af4a7d121c6559d833225e64522_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["agree"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["agree"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_01144af4a7d121c6559d833225e64522_a73eedf7.displayName = "Cond";
return Cond_comp_01144af4a7d121c6559d833225e64522_a73eedf7;
})();

export const Bare_comp_22f5fccc04b9dfeb41a61c95469804e7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_22f5fccc04b9dfeb41a61c95469804e7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_verbal_rx_state_ ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.submit_verbal"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.submit"])
    )
});
Bare_comp_22f5fccc04b9dfeb41a61c95469804e7_a73eedf7.displayName = "Bare";
return Bare_comp_22f5fccc04b9dfeb41a61c95469804e7_a73eedf7;
})();

export const Bare_comp_29c5fa84f51615a091619289b9c0bc54_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_29c5fa84f51615a091619289b9c0bc54_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_verbal_rx_state_ ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.silence_leader"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.silence"])
    )
});
Bare_comp_29c5fa84f51615a091619289b9c0bc54_a73eedf7.displayName = "Bare";
return Bare_comp_29c5fa84f51615a091619289b9c0bc54_a73eedf7;
})();

export const Form_root_798a97d7e7c07d3781343aceaf5f8238_a73eedf7 = /*#__PURE__*/ (() => {
const Form_root_798a97d7e7c07d3781343aceaf5f8238_a73eedf7 = memo(({children, ...rest}) => {
    
    const handleSubmit_0e4c9494a9e4353747164013c8dc4c16 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.give_consent", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_0e4c9494a9e4353747164013c8dc4c16 }))},children)
    )
});
Form_root_798a97d7e7c07d3781343aceaf5f8238_a73eedf7.displayName = "Form";
return Form_root_798a97d7e7c07d3781343aceaf5f8238_a73eedf7;
})();

export const Bare_comp_9727ffc998b4549e60c9bdfe27d42290_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_9727ffc998b4549e60c9bdfe27d42290_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.erase_title"]
    )
});
Bare_comp_9727ffc998b4549e60c9bdfe27d42290_a73eedf7.displayName = "Bare";
return Bare_comp_9727ffc998b4549e60c9bdfe27d42290_a73eedf7;
})();

export const Bare_comp_65e39d0cfcf822333428008ad78fa00d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_65e39d0cfcf822333428008ad78fa00d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.erase_effects"]
    )
});
Bare_comp_65e39d0cfcf822333428008ad78fa00d_a73eedf7.displayName = "Bare";
return Bare_comp_65e39d0cfcf822333428008ad78fa00d_a73eedf7;
})();

export const Bare_comp_42e73c9a997af316d3f85d7178a7bf38_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_42e73c9a997af316d3f85d7178a7bf38_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.erase_confirm"]
    )
});
Bare_comp_42e73c9a997af316d3f85d7178a7bf38_a73eedf7.displayName = "Bare";
return Bare_comp_42e73c9a997af316d3f85d7178a7bf38_a73eedf7;
})();

export const Button_button_b795ac83bcfe74a1d54d34719adc5b82_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_b795ac83bcfe74a1d54d34719adc5b82_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_ab3f5eb4d86364cef693aea32e477a01 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.erase_household", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"consent-erase-confirm", highContrast:true, onClick:on_click_ab3f5eb4d86364cef693aea32e477a01, size:"4" }))},children)
    )
});
Button_button_b795ac83bcfe74a1d54d34719adc5b82_a73eedf7.displayName = "Button";
return Button_button_b795ac83bcfe74a1d54d34719adc5b82_a73eedf7;
})();

export const Bare_comp_17a7c6c900226a374eef00df9379504e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_17a7c6c900226a374eef00df9379504e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.keep"]
    )
});
Bare_comp_17a7c6c900226a374eef00df9379504e_a73eedf7.displayName = "Bare";
return Bare_comp_17a7c6c900226a374eef00df9379504e_a73eedf7;
})();

export const Button_button_09bba5813e56e348b3f9eef11406fbee_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_09bba5813e56e348b3f9eef11406fbee_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_cde9755c8e32aa974c963628fd069f3b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.close_erase", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_cde9755c8e32aa974c963628fd069f3b, size:"4", variant:"outline" }))},children)
    )
});
Button_button_09bba5813e56e348b3f9eef11406fbee_a73eedf7.displayName = "Button";
return Button_button_09bba5813e56e348b3f9eef11406fbee_a73eedf7;
})();

export const Vstack_flex_be9a01c3e2ceec13cf8b23b519994329_a73eedf7 = /*#__PURE__*/ (() => {
const Vstack_flex_be9a01c3e2ceec13cf8b23b519994329_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"start", "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.erase_title"], className:"rx-Stack", css:({ ["width"] : "100%", ["padding"] : "12px", ["border"] : "2px solid var(--red-8)", ["borderRadius"] : "10px" }), "data-testid":"consent-erase-panel", direction:"column", role:"region", gap:"3" }))},children)
    )
});
Vstack_flex_be9a01c3e2ceec13cf8b23b519994329_a73eedf7.displayName = "VStack";
return Vstack_flex_be9a01c3e2ceec13cf8b23b519994329_a73eedf7;
})();

export const Bare_comp_63cdca213aff48f82e29bb80109efa2c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_63cdca213aff48f82e29bb80109efa2c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.erase"]
    )
});
Bare_comp_63cdca213aff48f82e29bb80109efa2c_a73eedf7.displayName = "Bare";
return Bare_comp_63cdca213aff48f82e29bb80109efa2c_a73eedf7;
})();

export const Button_button_3a2b95f291e9568f6348fbb85aed74c2_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_3a2b95f291e9568f6348fbb85aed74c2_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_44d93b72d49d8bf5abb7407600a7901b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.open_erase", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"consent-erase", highContrast:true, onClick:on_click_44d93b72d49d8bf5abb7407600a7901b, size:"4", variant:"ghost" }))},children)
    )
});
Button_button_3a2b95f291e9568f6348fbb85aed74c2_a73eedf7.displayName = "Button";
return Button_button_3a2b95f291e9568f6348fbb85aed74c2_a73eedf7;
})();

export const Cond_comp_8863a834de7fe8ede8b4f6193503bc01_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_8863a834de7fe8ede8b4f6193503bc01_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.erase_open_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8863a834de7fe8ede8b4f6193503bc01_a73eedf7.displayName = "Cond";
return Cond_comp_8863a834de7fe8ede8b4f6193503bc01_a73eedf7;
})();

export const Cond_comp_540be64e238899098decd71c3959007b_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_540be64e238899098decd71c3959007b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (pyAnd((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_status_rx_state_?.valueOf?.() === "withdrawn"?.valueOf?.()), () => (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.can_erase_rx_state_))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_540be64e238899098decd71c3959007b_a73eedf7.displayName = "Cond";
return Cond_comp_540be64e238899098decd71c3959007b_a73eedf7;
})();

export const Bare_comp_4bdd984dd45e82a3ad21987563120093_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4bdd984dd45e82a3ad21987563120093_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.person"]
    )
});
Bare_comp_4bdd984dd45e82a3ad21987563120093_a73eedf7.displayName = "Bare";
return Bare_comp_4bdd984dd45e82a3ad21987563120093_a73eedf7;
})();

export const Bare_comp_0d92258ecb83adb9163534895c2074f1_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_0d92258ecb83adb9163534895c2074f1_a73eedf7 = memo(({children}) => {
    const [gdsSearch] = useSearchParams();
    return(
        ((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) + 1)
    )
});
Bare_comp_0d92258ecb83adb9163534895c2074f1_a73eedf7.displayName = "Bare";
return Bare_comp_0d92258ecb83adb9163534895c2074f1_a73eedf7;
})();

export const Bare_comp_def6cd82cfb175946b91488f1fc108de_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_def6cd82cfb175946b91488f1fc108de_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length
    )
});
Bare_comp_def6cd82cfb175946b91488f1fc108de_a73eedf7.displayName = "Bare";
return Bare_comp_def6cd82cfb175946b91488f1fc108de_a73eedf7;
})();

export const Link_link_95ed20c2a4b81d69546e64ef360f7273_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_95ed20c2a4b81d69546e64ef360f7273_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "6px", ["minHeight"] : "48px", ["paddingInlineStart"] : "8px", ["paddingInlineEnd"] : "8px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"step-to-family", size:"3", weight:"medium" }))},jsx(ReactRouterLink,{to:"?"},jsx(LucideUsers,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.family"]))
    )
});
Link_link_95ed20c2a4b81d69546e64ef360f7273_a73eedf7.displayName = "Link";
return Link_link_95ed20c2a4b81d69546e64ef360f7273_a73eedf7;
})();

export const Bare_comp_91b07aa4b2353c99d0cc0e707bf89b10_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_91b07aa4b2353c99d0cc0e707bf89b10_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["full_name"]
    )
});
Bare_comp_91b07aa4b2353c99d0cc0e707bf89b10_a73eedf7.displayName = "Bare";
return Bare_comp_91b07aa4b2353c99d0cc0e707bf89b10_a73eedf7;
})();

export const Iconbutton_iconbutton_c4f0937e1e3fedae7354f2401d4708a5_a73eedf7 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_c4f0937e1e3fedae7354f2401d4708a5_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_58b3de17be06af32e726f41c612f262b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.start_edit", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.edit"], css:({ ["padding"] : "6px", ["minWidth"] : "52px", ["minHeight"] : "52px" }), disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), onClick:on_click_58b3de17be06af32e726f41c612f262b, size:"4", variant:"soft" }))},children)
    )
});
Iconbutton_iconbutton_c4f0937e1e3fedae7354f2401d4708a5_a73eedf7.displayName = "IconButton";
return Iconbutton_iconbutton_c4f0937e1e3fedae7354f2401d4708a5_a73eedf7;
})();

export const Cond_comp_0ef1a445403847ef75700f105c86a1a3_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_0ef1a445403847ef75700f105c86a1a3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.editing_id_rx_state_?.valueOf?.() !== (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ef1a445403847ef75700f105c86a1a3_a73eedf7.displayName = "Cond";
return Cond_comp_0ef1a445403847ef75700f105c86a1a3_a73eedf7;
})();

export const Bare_comp_1642093144ed894b1beeb0fb5fb1e6df_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1642093144ed894b1beeb0fb5fb1e6df_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.born"]
    )
});
Bare_comp_1642093144ed894b1beeb0fb5fb1e6df_a73eedf7.displayName = "Bare";
return Bare_comp_1642093144ed894b1beeb0fb5fb1e6df_a73eedf7;
})();

export const Bare_comp_f7d316201b3a18ae848b828e132731d3_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f7d316201b3a18ae848b828e132731d3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["birth_year"]
    )
});
Bare_comp_f7d316201b3a18ae848b828e132731d3_a73eedf7.displayName = "Bare";
return Bare_comp_f7d316201b3a18ae848b828e132731d3_a73eedf7;
})();

export const Bare_comp_e507f98b4e22c483887115c31d73d2b6_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e507f98b4e22c483887115c31d73d2b6_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["age"]
    )
});
Bare_comp_e507f98b4e22c483887115c31d73d2b6_a73eedf7.displayName = "Bare";
return Bare_comp_e507f98b4e22c483887115c31d73d2b6_a73eedf7;
})();

export const Bare_comp_68893758275853f2caa594f840657266_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_68893758275853f2caa594f840657266_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.years_old"]
    )
});
Bare_comp_68893758275853f2caa594f840657266_a73eedf7.displayName = "Bare";
return Bare_comp_68893758275853f2caa594f840657266_a73eedf7;
})();

export const Bare_comp_334411776d70ef54672410ad9124fefd_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_334411776d70ef54672410ad9124fefd_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("occupation."+(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["occupation"])]
    )
});
Bare_comp_334411776d70ef54672410ad9124fefd_a73eedf7.displayName = "Bare";
return Bare_comp_334411776d70ef54672410ad9124fefd_a73eedf7;
})();

export const Bare_comp_b3c6a79425ecb805d4ba1b326fc1cb7e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b3c6a79425ecb805d4ba1b326fc1cb7e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.entering_for_family"]
    )
});
Bare_comp_b3c6a79425ecb805d4ba1b326fc1cb7e_a73eedf7.displayName = "Bare";
return Bare_comp_b3c6a79425ecb805d4ba1b326fc1cb7e_a73eedf7;
})();

export const Bare_comp_e0099bc3539b26f11cbd79bac03923d8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e0099bc3539b26f11cbd79bac03923d8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.entered_by_staff"]
    )
});
Bare_comp_e0099bc3539b26f11cbd79bac03923d8_a73eedf7.displayName = "Bare";
return Bare_comp_e0099bc3539b26f11cbd79bac03923d8_a73eedf7;
})();

export const Cond_comp_4d31db69e74fa0c2315701a688228793_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_4d31db69e74fa0c2315701a688228793_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        ((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["entered_by_staff"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d31db69e74fa0c2315701a688228793_a73eedf7.displayName = "Cond";
return Cond_comp_4d31db69e74fa0c2315701a688228793_a73eedf7;
})();

export const Cond_comp_757e559ef04cb7b476efe0d51da873b4_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_757e559ef04cb7b476efe0d51da873b4_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "resident"?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_757e559ef04cb7b476efe0d51da873b4_a73eedf7.displayName = "Cond";
return Cond_comp_757e559ef04cb7b476efe0d51da873b4_a73eedf7;
})();

export const Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.full_name"]
    )
});
Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_a73eedf7.displayName = "Bare";
return Bare_comp_b734ccc533daeb70ca98b8c75bd89aed_a73eedf7;
})();

export const Textfieldroot_textfield__root_1bf9a2a54f2bc5fdf407c37d1d2ac1b1_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_1bf9a2a54f2bc5fdf407c37d1d2ac1b1_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"off", css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["full_name"], name:"full_name", required:true, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_1bf9a2a54f2bc5fdf407c37d1d2ac1b1_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_1bf9a2a54f2bc5fdf407c37d1d2ac1b1_a73eedf7;
})();

export const Bare_comp_e0870bdad9f48518c5242e552784c072_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e0870bdad9f48518c5242e552784c072_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["full_name"] : "")
    )
});
Bare_comp_e0870bdad9f48518c5242e552784c072_a73eedf7.displayName = "Bare";
return Bare_comp_e0870bdad9f48518c5242e552784c072_a73eedf7;
})();

export const Cond_comp_c6057e32c16ba78aabe7e69de4c22218_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_c6057e32c16ba78aabe7e69de4c22218_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["full_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c6057e32c16ba78aabe7e69de4c22218_a73eedf7.displayName = "Cond";
return Cond_comp_c6057e32c16ba78aabe7e69de4c22218_a73eedf7;
})();

export const Bare_comp_bec4a59f9d0eb67e2e936c11810df4d8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bec4a59f9d0eb67e2e936c11810df4d8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.birth_year"]
    )
});
Bare_comp_bec4a59f9d0eb67e2e936c11810df4d8_a73eedf7.displayName = "Bare";
return Bare_comp_bec4a59f9d0eb67e2e936c11810df4d8_a73eedf7;
})();

export const Textfieldroot_textfield__root_b27b502f1969f2e05882e08eae804a34_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b27b502f1969f2e05882e08eae804a34_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:(JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["birth_year"])), inputMode:"numeric", name:"birth_year", placeholder:"1970", required:true, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b27b502f1969f2e05882e08eae804a34_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b27b502f1969f2e05882e08eae804a34_a73eedf7;
})();

export const Bare_comp_ca3f88d64e35a2cf45d3c7bc35b4a500_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ca3f88d64e35a2cf45d3c7bc35b4a500_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["birth_year"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["birth_year"] : "")
    )
});
Bare_comp_ca3f88d64e35a2cf45d3c7bc35b4a500_a73eedf7.displayName = "Bare";
return Bare_comp_ca3f88d64e35a2cf45d3c7bc35b4a500_a73eedf7;
})();

export const Cond_comp_d8983269701aeecf6af309913636925f_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_d8983269701aeecf6af309913636925f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["birth_year"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["birth_year"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d8983269701aeecf6af309913636925f_a73eedf7.displayName = "Cond";
return Cond_comp_d8983269701aeecf6af309913636925f_a73eedf7;
})();

export const Bare_comp_a73a7e0cdd18c86c0c5cb2044d46bc9f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a73a7e0cdd18c86c0c5cb2044d46bc9f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.sex"]
    )
});
Bare_comp_a73a7e0cdd18c86c0c5cb2044d46bc9f_a73eedf7.displayName = "Bare";
return Bare_comp_a73a7e0cdd18c86c0c5cb2044d46bc9f_a73eedf7;
})();

export const Bare_comp_10a9976be47b3a6ba1eb74e9e460de10_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_10a9976be47b3a6ba1eb74e9e460de10_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["sex.male"]
    )
});
Bare_comp_10a9976be47b3a6ba1eb74e9e460de10_a73eedf7.displayName = "Bare";
return Bare_comp_10a9976be47b3a6ba1eb74e9e460de10_a73eedf7;
})();

export const Bare_comp_b8a3e617e255b0cfaa8bd2f94e45ff6e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b8a3e617e255b0cfaa8bd2f94e45ff6e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["sex.female"]
    )
});
Bare_comp_b8a3e617e255b0cfaa8bd2f94e45ff6e_a73eedf7.displayName = "Bare";
return Bare_comp_b8a3e617e255b0cfaa8bd2f94e45ff6e_a73eedf7;
})();

export const Bare_comp_08e36cd37e41451f9face5fb0d8f16bf_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_08e36cd37e41451f9face5fb0d8f16bf_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["sex.other"]
    )
});
Bare_comp_08e36cd37e41451f9face5fb0d8f16bf_a73eedf7.displayName = "Bare";
return Bare_comp_08e36cd37e41451f9face5fb0d8f16bf_a73eedf7;
})();

export const Select_select_667bfd1dd964044f37dce4f8ac76b5bc_a73eedf7 = /*#__PURE__*/ (() => {
const Select_select_667bfd1dd964044f37dce4f8ac76b5bc_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx("select",{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%", ["padding"] : "0 8px", ["border"] : "1px solid var(--gray-8)", ["borderRadius"] : "8px", ["background"] : "white" }), defaultValue:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["sex"], name:"sex" }))},children)
    )
});
Select_select_667bfd1dd964044f37dce4f8ac76b5bc_a73eedf7.displayName = "Select";
return Select_select_667bfd1dd964044f37dce4f8ac76b5bc_a73eedf7;
})();

export const Bare_comp_c63cca893b2e27df9d68fecc3061717d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c63cca893b2e27df9d68fecc3061717d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.occupation"]
    )
});
Bare_comp_c63cca893b2e27df9d68fecc3061717d_a73eedf7.displayName = "Bare";
return Bare_comp_c63cca893b2e27df9d68fecc3061717d_a73eedf7;
})();

export const Bare_comp_2692da58bae87fcf599723a93bf4b5ba_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2692da58bae87fcf599723a93bf4b5ba_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["occupation.public_sector"]
    )
});
Bare_comp_2692da58bae87fcf599723a93bf4b5ba_a73eedf7.displayName = "Bare";
return Bare_comp_2692da58bae87fcf599723a93bf4b5ba_a73eedf7;
})();

export const Bare_comp_47b2b8201ca7648a3b13b70e6e16e058_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_47b2b8201ca7648a3b13b70e6e16e058_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["occupation.student"]
    )
});
Bare_comp_47b2b8201ca7648a3b13b70e6e16e058_a73eedf7.displayName = "Bare";
return Bare_comp_47b2b8201ca7648a3b13b70e6e16e058_a73eedf7;
})();

export const Bare_comp_d981238dd2a563a45425a0372642c042_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_d981238dd2a563a45425a0372642c042_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["occupation.enterprise_worker"]
    )
});
Bare_comp_d981238dd2a563a45425a0372642c042_a73eedf7.displayName = "Bare";
return Bare_comp_d981238dd2a563a45425a0372642c042_a73eedf7;
})();

export const Bare_comp_1fb763d28de36d7993fdd7d3d4d38e11_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1fb763d28de36d7993fdd7d3d4d38e11_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["occupation.small_trader"]
    )
});
Bare_comp_1fb763d28de36d7993fdd7d3d4d38e11_a73eedf7.displayName = "Bare";
return Bare_comp_1fb763d28de36d7993fdd7d3d4d38e11_a73eedf7;
})();

export const Bare_comp_f7dc345833ccd85ec9f55480961028c8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f7dc345833ccd85ec9f55480961028c8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["occupation.retired"]
    )
});
Bare_comp_f7dc345833ccd85ec9f55480961028c8_a73eedf7.displayName = "Bare";
return Bare_comp_f7dc345833ccd85ec9f55480961028c8_a73eedf7;
})();

export const Bare_comp_42747181ccc95eea583f7dde84fa2eab_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_42747181ccc95eea583f7dde84fa2eab_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["occupation.other"]
    )
});
Bare_comp_42747181ccc95eea583f7dde84fa2eab_a73eedf7.displayName = "Bare";
return Bare_comp_42747181ccc95eea583f7dde84fa2eab_a73eedf7;
})();

export const Select_select_38356247e809bb6f1cde486f567aa985_a73eedf7 = /*#__PURE__*/ (() => {
const Select_select_38356247e809bb6f1cde486f567aa985_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx("select",{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%", ["padding"] : "0 8px", ["border"] : "1px solid var(--gray-8)", ["borderRadius"] : "8px", ["background"] : "white" }), defaultValue:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["occupation"], name:"occupation" }))},children)
    )
});
Select_select_38356247e809bb6f1cde486f567aa985_a73eedf7.displayName = "Select";
return Select_select_38356247e809bb6f1cde486f567aa985_a73eedf7;
})();

export const Bare_comp_724f851752f972052910a36bea197f77_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_724f851752f972052910a36bea197f77_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["occupation"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["occupation"] : "")
    )
});
Bare_comp_724f851752f972052910a36bea197f77_a73eedf7.displayName = "Bare";
return Bare_comp_724f851752f972052910a36bea197f77_a73eedf7;
})();

export const Cond_comp_1cc299c9e971f24a4825fcaa28bf530f_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_1cc299c9e971f24a4825fcaa28bf530f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["occupation"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["occupation"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1cc299c9e971f24a4825fcaa28bf530f_a73eedf7.displayName = "Cond";
return Cond_comp_1cc299c9e971f24a4825fcaa28bf530f_a73eedf7;
})();

export const Bare_comp_f0a0d4100fec88b5607e55740ba2552d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f0a0d4100fec88b5607e55740ba2552d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.save"]
    )
});
Bare_comp_f0a0d4100fec88b5607e55740ba2552d_a73eedf7.displayName = "Bare";
return Bare_comp_f0a0d4100fec88b5607e55740ba2552d_a73eedf7;
})();

export const Button_button_68e240e35f3239ef20826d34ba814e69_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_68e240e35f3239ef20826d34ba814e69_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), size:"4", type:"submit" }))},children)
    )
});
Button_button_68e240e35f3239ef20826d34ba814e69_a73eedf7.displayName = "Button";
return Button_button_68e240e35f3239ef20826d34ba814e69_a73eedf7;
})();

export const Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"]
    )
});
Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_a73eedf7.displayName = "Bare";
return Bare_comp_c6c65fd06e31e78686e08ea3560f3c76_a73eedf7;
})();

export const Button_button_1499d5188b2b9ed03d907b583d97d85a_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_1499d5188b2b9ed03d907b583d97d85a_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_f162fd13be16253adf672f924046c562 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.cancel_edit", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_f162fd13be16253adf672f924046c562, size:"4", type:"button", variant:"outline" }))},children)
    )
});
Button_button_1499d5188b2b9ed03d907b583d97d85a_a73eedf7.displayName = "Button";
return Button_button_1499d5188b2b9ed03d907b583d97d85a_a73eedf7;
})();

export const Alertdialogtrigger_alertdialog__trigger_872d490d67eb6a0ead96522775115cdb_a73eedf7 = /*#__PURE__*/ (() => {
const Alertdialogtrigger_alertdialog__trigger_872d490d67eb6a0ead96522775115cdb_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesAlertDialog.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{color:"red",css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,size:"4",type:"button",variant:"soft"},jsx(LucideTrash2,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.remove"]))
    )
});
Alertdialogtrigger_alertdialog__trigger_872d490d67eb6a0ead96522775115cdb_a73eedf7.displayName = "AlertDialogTrigger";
return Alertdialogtrigger_alertdialog__trigger_872d490d67eb6a0ead96522775115cdb_a73eedf7;
})();

export const Bare_comp_d17d34ea56d1a021d2f65dd42bfafe73_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_d17d34ea56d1a021d2f65dd42bfafe73_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.remove_title"]
    )
});
Bare_comp_d17d34ea56d1a021d2f65dd42bfafe73_a73eedf7.displayName = "Bare";
return Bare_comp_d17d34ea56d1a021d2f65dd42bfafe73_a73eedf7;
})();

export const Bare_comp_15a6c0b869f24c4e2cab086852628dfa_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_15a6c0b869f24c4e2cab086852628dfa_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.remove"]
    )
});
Bare_comp_15a6c0b869f24c4e2cab086852628dfa_a73eedf7.displayName = "Bare";
return Bare_comp_15a6c0b869f24c4e2cab086852628dfa_a73eedf7;
})();

export const Button_button_b4011b6e4ca7aeab0fc5a3b4c9912166_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_b4011b6e4ca7aeab0fc5a3b4c9912166_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_cc698d97e575cd6ac012134916946f20 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.remove_member", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_cc698d97e575cd6ac012134916946f20, size:"4" }))},children)
    )
});
Button_button_b4011b6e4ca7aeab0fc5a3b4c9912166_a73eedf7.displayName = "Button";
return Button_button_b4011b6e4ca7aeab0fc5a3b4c9912166_a73eedf7;
})();

export const Alertdialogtrigger_alertdialog__trigger_94149d04bd77ade65b271af74e88a492_a73eedf7 = /*#__PURE__*/ (() => {
const Alertdialogtrigger_alertdialog__trigger_94149d04bd77ade65b271af74e88a492_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesAlertDialog.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{color:"red",css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"erase-member",disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,size:"4",type:"button",variant:"outline"},jsx(LucideEraser,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.erase_member"]))
    )
});
Alertdialogtrigger_alertdialog__trigger_94149d04bd77ade65b271af74e88a492_a73eedf7.displayName = "AlertDialogTrigger";
return Alertdialogtrigger_alertdialog__trigger_94149d04bd77ade65b271af74e88a492_a73eedf7;
})();

export const Bare_comp_057454e409b098c846de6715cea464ac_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_057454e409b098c846de6715cea464ac_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.erase_member_title"]
    )
});
Bare_comp_057454e409b098c846de6715cea464ac_a73eedf7.displayName = "Bare";
return Bare_comp_057454e409b098c846de6715cea464ac_a73eedf7;
})();

export const Bare_comp_93b6928ae51f874e955ebd298fe97c35_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_93b6928ae51f874e955ebd298fe97c35_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.erase_member_body"]
    )
});
Bare_comp_93b6928ae51f874e955ebd298fe97c35_a73eedf7.displayName = "Bare";
return Bare_comp_93b6928ae51f874e955ebd298fe97c35_a73eedf7;
})();

export const Bare_comp_4a1ba90bc9f576a767ff056a32633178_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4a1ba90bc9f576a767ff056a32633178_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.erase_member_confirm"]
    )
});
Bare_comp_4a1ba90bc9f576a767ff056a32633178_a73eedf7.displayName = "Bare";
return Bare_comp_4a1ba90bc9f576a767ff056a32633178_a73eedf7;
})();

export const Button_button_2298e47cdd4359cc1521e7daee33a23a_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_2298e47cdd4359cc1521e7daee33a23a_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_484c1865f9332e937b8ff9eeeb339bf5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.erase_member", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"erase-member-confirm", highContrast:true, onClick:on_click_484c1865f9332e937b8ff9eeeb339bf5, size:"4" }))},children)
    )
});
Button_button_2298e47cdd4359cc1521e7daee33a23a_a73eedf7.displayName = "Button";
return Button_button_2298e47cdd4359cc1521e7daee33a23a_a73eedf7;
})();

export const Form_root_1691878d455ad7c2896e7d8e0416f0bb_a73eedf7 = /*#__PURE__*/ (() => {
const Form_root_1691878d455ad7c2896e7d8e0416f0bb_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();

    const handleSubmit_1d6062086e773ba9c63f4b3c01e25ac4 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_details", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), key:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], onSubmit:handleSubmit_1d6062086e773ba9c63f4b3c01e25ac4 }))},children)
    )
});
Form_root_1691878d455ad7c2896e7d8e0416f0bb_a73eedf7.displayName = "Form";
return Form_root_1691878d455ad7c2896e7d8e0416f0bb_a73eedf7;
})();

export const Bare_comp_1122456d1139cd4ccc17b38d9ae44656_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1122456d1139cd4ccc17b38d9ae44656_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.smartphone"]
    )
});
Bare_comp_1122456d1139cd4ccc17b38d9ae44656_a73eedf7.displayName = "Bare";
return Bare_comp_1122456d1139cd4ccc17b38d9ae44656_a73eedf7;
})();

export const Bare_comp_6f55780a0a9aa06111fc8f3c1dd10594_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6f55780a0a9aa06111fc8f3c1dd10594_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["save.saved"]
    )
});
Bare_comp_6f55780a0a9aa06111fc8f3c1dd10594_a73eedf7.displayName = "Bare";
return Bare_comp_6f55780a0a9aa06111fc8f3c1dd10594_a73eedf7;
})();

export const Bare_comp_4827ee3ccf21c98a169c1da67cb8c615_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4827ee3ccf21c98a169c1da67cb8c615_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["save.refused"]
    )
});
Bare_comp_4827ee3ccf21c98a169c1da67cb8c615_a73eedf7.displayName = "Bare";
return Bare_comp_4827ee3ccf21c98a169c1da67cb8c615_a73eedf7;
})();

export const Bare_comp_51be19ef026a48274e9d9b8fa08dec06_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_51be19ef026a48274e9d9b8fa08dec06_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["save.offline"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["save.waiting"])
    )
});
Bare_comp_51be19ef026a48274e9d9b8fa08dec06_a73eedf7.displayName = "Bare";
return Bare_comp_51be19ef026a48274e9d9b8fa08dec06_a73eedf7;
})();

export const Match_comp_1405576a8876b0876c218f25165f15a7_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_1405576a8876b0876c218f25165f15a7_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"has_smartphone")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_1405576a8876b0876c218f25165f15a7_a73eedf7.displayName = "Match";
return Match_comp_1405576a8876b0876c218f25165f15a7_a73eedf7;
})();

export const Bare_comp_c0c8567a33975a5d7bb9dab2c7ee95a9_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c0c8567a33975a5d7bb9dab2c7ee95a9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"]
    )
});
Bare_comp_c0c8567a33975a5d7bb9dab2c7ee95a9_a73eedf7.displayName = "Bare";
return Bare_comp_c0c8567a33975a5d7bb9dab2c7ee95a9_a73eedf7;
})();

export const Button_button_da36b8e11983c42e5a280ce7f857a9c1_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_da36b8e11983c42e5a280ce7f857a9c1_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_caf16403ff7d7daf5051f201f9c85b6b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "has_smartphone", ["v"] : true, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_smartphone"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_smartphone"])?.valueOf?.() === 1?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_caf16403ff7d7daf5051f201f9c85b6b, size:"3", type:"button", variant:((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_smartphone"])?.valueOf?.() === 1?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_da36b8e11983c42e5a280ce7f857a9c1_a73eedf7.displayName = "Button";
return Button_button_da36b8e11983c42e5a280ce7f857a9c1_a73eedf7;
})();

export const Bare_comp_afeba0cfbcc76ea2ee79f85253b47fb9_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_afeba0cfbcc76ea2ee79f85253b47fb9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"]
    )
});
Bare_comp_afeba0cfbcc76ea2ee79f85253b47fb9_a73eedf7.displayName = "Bare";
return Bare_comp_afeba0cfbcc76ea2ee79f85253b47fb9_a73eedf7;
})();

export const Button_button_f68c2b46da62d2dc3cff5acf1347c1c9_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_f68c2b46da62d2dc3cff5acf1347c1c9_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_1a3aa140495401224cdba563d278f7f6 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "has_smartphone", ["v"] : false, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_smartphone"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_smartphone"])?.valueOf?.() === 0?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_1a3aa140495401224cdba563d278f7f6, size:"3", type:"button", variant:((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_smartphone"])?.valueOf?.() === 0?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_f68c2b46da62d2dc3cff5acf1347c1c9_a73eedf7.displayName = "Button";
return Button_button_f68c2b46da62d2dc3cff5acf1347c1c9_a73eedf7;
})();

export const Flex_flex_8d2b5a8b03275ed4f43f87103875724a_a73eedf7 = /*#__PURE__*/ (() => {
const Flex_flex_8d2b5a8b03275ed4f43f87103875724a_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.smartphone"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_8d2b5a8b03275ed4f43f87103875724a_a73eedf7.displayName = "Flex";
return Flex_flex_8d2b5a8b03275ed4f43f87103875724a_a73eedf7;
})();

export const Bare_comp_332d1160408cd44357342773f80c6501_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_332d1160408cd44357342773f80c6501_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.epayment"]
    )
});
Bare_comp_332d1160408cd44357342773f80c6501_a73eedf7.displayName = "Bare";
return Bare_comp_332d1160408cd44357342773f80c6501_a73eedf7;
})();

export const Match_comp_cfb0929f994d3ff116725adf0a1fce42_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_cfb0929f994d3ff116725adf0a1fce42_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"has_epayment")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_cfb0929f994d3ff116725adf0a1fce42_a73eedf7.displayName = "Match";
return Match_comp_cfb0929f994d3ff116725adf0a1fce42_a73eedf7;
})();

export const Button_button_e35d707f5460a06eda4491d961c9d489_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_e35d707f5460a06eda4491d961c9d489_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_5c288a385881b86a6e8c6cdd7963e469 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "has_epayment", ["v"] : true, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_epayment"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_epayment"])?.valueOf?.() === 1?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_5c288a385881b86a6e8c6cdd7963e469, size:"3", type:"button", variant:((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_epayment"])?.valueOf?.() === 1?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_e35d707f5460a06eda4491d961c9d489_a73eedf7.displayName = "Button";
return Button_button_e35d707f5460a06eda4491d961c9d489_a73eedf7;
})();

export const Button_button_093b223d7d2f024f3520980fb30f5a0a_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_093b223d7d2f024f3520980fb30f5a0a_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_0608e15ee507423aefcdab869fea4c05 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "has_epayment", ["v"] : false, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_epayment"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_epayment"])?.valueOf?.() === 0?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_0608e15ee507423aefcdab869fea4c05, size:"3", type:"button", variant:((Number((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_epayment"])?.valueOf?.() === 0?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_093b223d7d2f024f3520980fb30f5a0a_a73eedf7.displayName = "Button";
return Button_button_093b223d7d2f024f3520980fb30f5a0a_a73eedf7;
})();

export const Flex_flex_5c6a224e7d1bfcc3b296e623321feb82_a73eedf7 = /*#__PURE__*/ (() => {
const Flex_flex_5c6a224e7d1bfcc3b296e623321feb82_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.epayment"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_5c6a224e7d1bfcc3b296e623321feb82_a73eedf7.displayName = "Flex";
return Flex_flex_5c6a224e7d1bfcc3b296e623321feb82_a73eedf7;
})();

export const Bare_comp_02430b9c18cf3422a9b537cfc4bda7e2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_02430b9c18cf3422a9b537cfc4bda7e2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.epayment.help"]
    )
});
Bare_comp_02430b9c18cf3422a9b537cfc4bda7e2_a73eedf7.displayName = "Bare";
return Bare_comp_02430b9c18cf3422a9b537cfc4bda7e2_a73eedf7;
})();

export const Bare_comp_0882b7a299727685fdaa461a0e7c2556_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_0882b7a299727685fdaa461a0e7c2556_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.vneid"]
    )
});
Bare_comp_0882b7a299727685fdaa461a0e7c2556_a73eedf7.displayName = "Bare";
return Bare_comp_0882b7a299727685fdaa461a0e7c2556_a73eedf7;
})();

export const Match_comp_49db729c9b61f0d371b9074d50609811_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_49db729c9b61f0d371b9074d50609811_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"vneid_level")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_49db729c9b61f0d371b9074d50609811_a73eedf7.displayName = "Match";
return Match_comp_49db729c9b61f0d371b9074d50609811_a73eedf7;
})();

export const Bare_comp_cd8178dc4b81d1517ddc7382263b9634_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_cd8178dc4b81d1517ddc7382263b9634_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"]
    )
});
Bare_comp_cd8178dc4b81d1517ddc7382263b9634_a73eedf7.displayName = "Bare";
return Bare_comp_cd8178dc4b81d1517ddc7382263b9634_a73eedf7;
})();

export const Button_button_2ddc5b47ff656ab7e470fbb8c1d54d35_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_2ddc5b47ff656ab7e470fbb8c1d54d35_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_b0aae166db24d59ac902f821d7291a54 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "vneid_level", ["v"] : 0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"]?.valueOf?.() === 0?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_b0aae166db24d59ac902f821d7291a54, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"]?.valueOf?.() === 0?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_2ddc5b47ff656ab7e470fbb8c1d54d35_a73eedf7.displayName = "Button";
return Button_button_2ddc5b47ff656ab7e470fbb8c1d54d35_a73eedf7;
})();

export const Bare_comp_ddd873ae1801df75a047a55522d53bfe_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ddd873ae1801df75a047a55522d53bfe_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"]
    )
});
Bare_comp_ddd873ae1801df75a047a55522d53bfe_a73eedf7.displayName = "Bare";
return Bare_comp_ddd873ae1801df75a047a55522d53bfe_a73eedf7;
})();

export const Button_button_11edbab1d1da6a5d72f72cc47997afb1_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_11edbab1d1da6a5d72f72cc47997afb1_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_f3c8a1cbabf3ddb7ce93935d886eb819 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "vneid_level", ["v"] : 1, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"]?.valueOf?.() === 1?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_f3c8a1cbabf3ddb7ce93935d886eb819, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"]?.valueOf?.() === 1?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_11edbab1d1da6a5d72f72cc47997afb1_a73eedf7.displayName = "Button";
return Button_button_11edbab1d1da6a5d72f72cc47997afb1_a73eedf7;
})();

export const Bare_comp_4538c52274b1e3dc2871802d9af302d9_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4538c52274b1e3dc2871802d9af302d9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"]
    )
});
Bare_comp_4538c52274b1e3dc2871802d9af302d9_a73eedf7.displayName = "Bare";
return Bare_comp_4538c52274b1e3dc2871802d9af302d9_a73eedf7;
})();

export const Button_button_a4edc819016cb42d4e0115e2528748d8_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_a4edc819016cb42d4e0115e2528748d8_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_d9c1ec2249f06755208d1691b2f13772 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "vneid_level", ["v"] : 2, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"]?.valueOf?.() === 2?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_d9c1ec2249f06755208d1691b2f13772, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["vneid_level"]?.valueOf?.() === 2?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_a4edc819016cb42d4e0115e2528748d8_a73eedf7.displayName = "Button";
return Button_button_a4edc819016cb42d4e0115e2528748d8_a73eedf7;
})();

export const Flex_flex_f07d9f69674c5fb4f9a4cfae13ee7312_a73eedf7 = /*#__PURE__*/ (() => {
const Flex_flex_f07d9f69674c5fb4f9a4cfae13ee7312_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.vneid"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_f07d9f69674c5fb4f9a4cfae13ee7312_a73eedf7.displayName = "Flex";
return Flex_flex_f07d9f69674c5fb4f9a4cfae13ee7312_a73eedf7;
})();

export const Bare_comp_b23e03e5e101cfd2b39b3622e94ca0bf_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b23e03e5e101cfd2b39b3622e94ca0bf_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.help"]
    )
});
Bare_comp_b23e03e5e101cfd2b39b3622e94ca0bf_a73eedf7.displayName = "Bare";
return Bare_comp_b23e03e5e101cfd2b39b3622e94ca0bf_a73eedf7;
})();

export const Bare_comp_3d339d170729f4901fab49c6fde0924e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3d339d170729f4901fab49c6fde0924e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.skills"]
    )
});
Bare_comp_3d339d170729f4901fab49c6fde0924e_a73eedf7.displayName = "Bare";
return Bare_comp_3d339d170729f4901fab49c6fde0924e_a73eedf7;
})();

export const Bare_comp_81daccc1cc1d4a866613a1dd225e4509_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_81daccc1cc1d4a866613a1dd225e4509_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.skills_have"]
    )
});
Bare_comp_81daccc1cc1d4a866613a1dd225e4509_a73eedf7.displayName = "Bare";
return Bare_comp_81daccc1cc1d4a866613a1dd225e4509_a73eedf7;
})();

export const Bare_comp_fe690001b9b184c8572090ecd3e83e5d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_fe690001b9b184c8572090ecd3e83e5d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skill_count"]
    )
});
Bare_comp_fe690001b9b184c8572090ecd3e83e5d_a73eedf7.displayName = "Bare";
return Bare_comp_fe690001b9b184c8572090ecd3e83e5d_a73eedf7;
})();

export const Badge_badge_7527d829fc64355e23a59fdf53aea0f7_a73eedf7 = /*#__PURE__*/ (() => {
const Badge_badge_7527d829fc64355e23a59fdf53aea0f7_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["has_basic_skills"] ? "green" : "gray"), "data-testid":"skill-count", highContrast:true, size:"3", variant:"soft" }))},children)
    )
});
Badge_badge_7527d829fc64355e23a59fdf53aea0f7_a73eedf7.displayName = "Badge";
return Badge_badge_7527d829fc64355e23a59fdf53aea0f7_a73eedf7;
})();

export const Bare_comp_3d669fe3a82dc02c58d54c83eca4daf5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3d669fe3a82dc02c58d54c83eca4daf5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skills_needed_rx_state_
    )
});
Bare_comp_3d669fe3a82dc02c58d54c83eca4daf5_a73eedf7.displayName = "Bare";
return Bare_comp_3d669fe3a82dc02c58d54c83eca4daf5_a73eedf7;
})();

export const Checkbox_checkbox_8faac94ea304e515762f5cf839506ffa_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_8faac94ea304e515762f5cf839506ffa_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_0029f213cf83aa720eb6696a3e54cbba = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.smartphone_use", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("smartphone_use") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.smartphone_use"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("smartphone_use"), onCheckedChange:on_change_0029f213cf83aa720eb6696a3e54cbba, size:"3" }))},)
    )
});
Checkbox_checkbox_8faac94ea304e515762f5cf839506ffa_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_8faac94ea304e515762f5cf839506ffa_a73eedf7;
})();

export const Bare_comp_8f89286545a4040d54d871e5f7029435_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_8f89286545a4040d54d871e5f7029435_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.smartphone_use"]
    )
});
Bare_comp_8f89286545a4040d54d871e5f7029435_a73eedf7.displayName = "Bare";
return Bare_comp_8f89286545a4040d54d871e5f7029435_a73eedf7;
})();

export const Bare_comp_0555c9059d7e1a27ef7e9292d93d7450_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_0555c9059d7e1a27ef7e9292d93d7450_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.smartphone_use.sentence"]
    )
});
Bare_comp_0555c9059d7e1a27ef7e9292d93d7450_a73eedf7.displayName = "Bare";
return Bare_comp_0555c9059d7e1a27ef7e9292d93d7450_a73eedf7;
})();

export const Match_comp_e7ac14bbc21f1cc22803e84959f711e5_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_e7ac14bbc21f1cc22803e84959f711e5_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.smartphone_use")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_e7ac14bbc21f1cc22803e84959f711e5_a73eedf7.displayName = "Match";
return Match_comp_e7ac14bbc21f1cc22803e84959f711e5_a73eedf7;
})();

export const Checkbox_checkbox_2c1d069aa22c0008074f870b17acdaa9_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_2c1d069aa22c0008074f870b17acdaa9_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_7fed499300ea39b7ead2f66cafa3d12c = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.info_search", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("info_search") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.info_search"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("info_search"), onCheckedChange:on_change_7fed499300ea39b7ead2f66cafa3d12c, size:"3" }))},)
    )
});
Checkbox_checkbox_2c1d069aa22c0008074f870b17acdaa9_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_2c1d069aa22c0008074f870b17acdaa9_a73eedf7;
})();

export const Bare_comp_ad750b94cf7436ad6d672274ed99f3dd_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ad750b94cf7436ad6d672274ed99f3dd_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.info_search"]
    )
});
Bare_comp_ad750b94cf7436ad6d672274ed99f3dd_a73eedf7.displayName = "Bare";
return Bare_comp_ad750b94cf7436ad6d672274ed99f3dd_a73eedf7;
})();

export const Bare_comp_c432a7ff5e236464eee18d4d3d33213e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c432a7ff5e236464eee18d4d3d33213e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.info_search.sentence"]
    )
});
Bare_comp_c432a7ff5e236464eee18d4d3d33213e_a73eedf7.displayName = "Bare";
return Bare_comp_c432a7ff5e236464eee18d4d3d33213e_a73eedf7;
})();

export const Match_comp_adfe9b0c853ee2e8ee7fd1b349083cb0_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_adfe9b0c853ee2e8ee7fd1b349083cb0_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.info_search")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_adfe9b0c853ee2e8ee7fd1b349083cb0_a73eedf7.displayName = "Match";
return Match_comp_adfe9b0c853ee2e8ee7fd1b349083cb0_a73eedf7;
})();

export const Checkbox_checkbox_341596907e75bc7511c19d2e6d4eebac_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_341596907e75bc7511c19d2e6d4eebac_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_c6b15cb837bbc1a0ef448dede7f8c0ae = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.messaging", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("messaging") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.messaging"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("messaging"), onCheckedChange:on_change_c6b15cb837bbc1a0ef448dede7f8c0ae, size:"3" }))},)
    )
});
Checkbox_checkbox_341596907e75bc7511c19d2e6d4eebac_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_341596907e75bc7511c19d2e6d4eebac_a73eedf7;
})();

export const Bare_comp_5f1cca5e27d23fd8c67e3ca439131114_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_5f1cca5e27d23fd8c67e3ca439131114_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.messaging"]
    )
});
Bare_comp_5f1cca5e27d23fd8c67e3ca439131114_a73eedf7.displayName = "Bare";
return Bare_comp_5f1cca5e27d23fd8c67e3ca439131114_a73eedf7;
})();

export const Bare_comp_715ac1545557ab1a6ada8b86d83d49fb_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_715ac1545557ab1a6ada8b86d83d49fb_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.messaging.sentence"]
    )
});
Bare_comp_715ac1545557ab1a6ada8b86d83d49fb_a73eedf7.displayName = "Bare";
return Bare_comp_715ac1545557ab1a6ada8b86d83d49fb_a73eedf7;
})();

export const Match_comp_3b7b17b575ed9d7768131f1b9bbb1c53_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_3b7b17b575ed9d7768131f1b9bbb1c53_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.messaging")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_3b7b17b575ed9d7768131f1b9bbb1c53_a73eedf7.displayName = "Match";
return Match_comp_3b7b17b575ed9d7768131f1b9bbb1c53_a73eedf7;
})();

export const Checkbox_checkbox_ffda64a2803d5e88b7dd6994f0c2379e_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_ffda64a2803d5e88b7dd6994f0c2379e_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_d911b5dede762f0321228304fef26497 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.online_public_services", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("online_public_services") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_public_services"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("online_public_services"), onCheckedChange:on_change_d911b5dede762f0321228304fef26497, size:"3" }))},)
    )
});
Checkbox_checkbox_ffda64a2803d5e88b7dd6994f0c2379e_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_ffda64a2803d5e88b7dd6994f0c2379e_a73eedf7;
})();

export const Bare_comp_a6bd66ae77c7c1f43cfe8e69ca81efa4_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a6bd66ae77c7c1f43cfe8e69ca81efa4_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_public_services"]
    )
});
Bare_comp_a6bd66ae77c7c1f43cfe8e69ca81efa4_a73eedf7.displayName = "Bare";
return Bare_comp_a6bd66ae77c7c1f43cfe8e69ca81efa4_a73eedf7;
})();

export const Bare_comp_ba8550487d3b6370b73372ab4c1e4b9e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ba8550487d3b6370b73372ab4c1e4b9e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_public_services.sentence"]
    )
});
Bare_comp_ba8550487d3b6370b73372ab4c1e4b9e_a73eedf7.displayName = "Bare";
return Bare_comp_ba8550487d3b6370b73372ab4c1e4b9e_a73eedf7;
})();

export const Match_comp_b4b18da614728bc664f3ad6f942d6cd2_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_b4b18da614728bc664f3ad6f942d6cd2_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.online_public_services")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_b4b18da614728bc664f3ad6f942d6cd2_a73eedf7.displayName = "Match";
return Match_comp_b4b18da614728bc664f3ad6f942d6cd2_a73eedf7;
})();

export const Checkbox_checkbox_4c2c0b3c8ff94a187cc59bf489a924b6_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_4c2c0b3c8ff94a187cc59bf489a924b6_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_73ab9e49799d5c7565fd1f125ebad0eb = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.cashless_payment", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("cashless_payment") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.cashless_payment"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("cashless_payment"), onCheckedChange:on_change_73ab9e49799d5c7565fd1f125ebad0eb, size:"3" }))},)
    )
});
Checkbox_checkbox_4c2c0b3c8ff94a187cc59bf489a924b6_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_4c2c0b3c8ff94a187cc59bf489a924b6_a73eedf7;
})();

export const Bare_comp_72dedeedededaf9d7460b417ef590cb0_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_72dedeedededaf9d7460b417ef590cb0_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.cashless_payment"]
    )
});
Bare_comp_72dedeedededaf9d7460b417ef590cb0_a73eedf7.displayName = "Bare";
return Bare_comp_72dedeedededaf9d7460b417ef590cb0_a73eedf7;
})();

export const Bare_comp_ce6d3f37dc61d46a8ebfbe0811f3551a_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ce6d3f37dc61d46a8ebfbe0811f3551a_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.cashless_payment.sentence"]
    )
});
Bare_comp_ce6d3f37dc61d46a8ebfbe0811f3551a_a73eedf7.displayName = "Bare";
return Bare_comp_ce6d3f37dc61d46a8ebfbe0811f3551a_a73eedf7;
})();

export const Match_comp_9dcc42e685c337853fd12c8c27c70ddc_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_9dcc42e685c337853fd12c8c27c70ddc_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.cashless_payment")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_9dcc42e685c337853fd12c8c27c70ddc_a73eedf7.displayName = "Match";
return Match_comp_9dcc42e685c337853fd12c8c27c70ddc_a73eedf7;
})();

export const Checkbox_checkbox_ec9e1103de04cc213bdf864754e5f8cc_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_ec9e1103de04cc213bdf864754e5f8cc_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_1fdbc8661439ee961c258bd4177493e4 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.vneid_app", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("vneid_app") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.vneid_app"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("vneid_app"), onCheckedChange:on_change_1fdbc8661439ee961c258bd4177493e4, size:"3" }))},)
    )
});
Checkbox_checkbox_ec9e1103de04cc213bdf864754e5f8cc_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_ec9e1103de04cc213bdf864754e5f8cc_a73eedf7;
})();

export const Bare_comp_783ec83baf2136c0f1ba98937d2bc83c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_783ec83baf2136c0f1ba98937d2bc83c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.vneid_app"]
    )
});
Bare_comp_783ec83baf2136c0f1ba98937d2bc83c_a73eedf7.displayName = "Bare";
return Bare_comp_783ec83baf2136c0f1ba98937d2bc83c_a73eedf7;
})();

export const Bare_comp_6aeba37d3c550fd46d303383ca37809f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6aeba37d3c550fd46d303383ca37809f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.vneid_app.sentence"]
    )
});
Bare_comp_6aeba37d3c550fd46d303383ca37809f_a73eedf7.displayName = "Bare";
return Bare_comp_6aeba37d3c550fd46d303383ca37809f_a73eedf7;
})();

export const Match_comp_dfb3cc634781a5b3a816129214731f2a_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_dfb3cc634781a5b3a816129214731f2a_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.vneid_app")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_dfb3cc634781a5b3a816129214731f2a_a73eedf7.displayName = "Match";
return Match_comp_dfb3cc634781a5b3a816129214731f2a_a73eedf7;
})();

export const Checkbox_checkbox_c9cf02c00118fa3090eb49fef53fdaa3_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_c9cf02c00118fa3090eb49fef53fdaa3_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_82f300cf5bb08258473c6e6932292586 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.online_safety", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("online_safety") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_safety"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("online_safety"), onCheckedChange:on_change_82f300cf5bb08258473c6e6932292586, size:"3" }))},)
    )
});
Checkbox_checkbox_c9cf02c00118fa3090eb49fef53fdaa3_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_c9cf02c00118fa3090eb49fef53fdaa3_a73eedf7;
})();

export const Bare_comp_6c049c37d825569b13d5b5edda0c4097_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6c049c37d825569b13d5b5edda0c4097_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_safety"]
    )
});
Bare_comp_6c049c37d825569b13d5b5edda0c4097_a73eedf7.displayName = "Bare";
return Bare_comp_6c049c37d825569b13d5b5edda0c4097_a73eedf7;
})();

export const Bare_comp_9ef0178113c43bd11330c7fb0f546a73_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_9ef0178113c43bd11330c7fb0f546a73_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_safety.sentence"]
    )
});
Bare_comp_9ef0178113c43bd11330c7fb0f546a73_a73eedf7.displayName = "Bare";
return Bare_comp_9ef0178113c43bd11330c7fb0f546a73_a73eedf7;
})();

export const Match_comp_01e3588933fa7e775e9b5ebacd8e02b9_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_01e3588933fa7e775e9b5ebacd8e02b9_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.online_safety")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_01e3588933fa7e775e9b5ebacd8e02b9_a73eedf7.displayName = "Match";
return Match_comp_01e3588933fa7e775e9b5ebacd8e02b9_a73eedf7;
})();

export const Checkbox_checkbox_f79bbc5de740ad98eea9b81675235ff8_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_f79bbc5de740ad98eea9b81675235ff8_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_4edc4b3f6eb3d3f397cb56ac11a56eda = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "skill.ecommerce", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("ecommerce") }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.ecommerce"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["skills"].includes("ecommerce"), onCheckedChange:on_change_4edc4b3f6eb3d3f397cb56ac11a56eda, size:"3" }))},)
    )
});
Checkbox_checkbox_f79bbc5de740ad98eea9b81675235ff8_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_f79bbc5de740ad98eea9b81675235ff8_a73eedf7;
})();

export const Bare_comp_ab3ec26f7d8644569b4667fff7be1641_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ab3ec26f7d8644569b4667fff7be1641_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.ecommerce"]
    )
});
Bare_comp_ab3ec26f7d8644569b4667fff7be1641_a73eedf7.displayName = "Bare";
return Bare_comp_ab3ec26f7d8644569b4667fff7be1641_a73eedf7;
})();

export const Bare_comp_c0fc314749a9fab2de64d54607a04f78_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c0fc314749a9fab2de64d54607a04f78_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.ecommerce.sentence"]
    )
});
Bare_comp_c0fc314749a9fab2de64d54607a04f78_a73eedf7.displayName = "Bare";
return Bare_comp_c0fc314749a9fab2de64d54607a04f78_a73eedf7;
})();

export const Match_comp_f363edb2578264812d905f7924e1b923_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_f363edb2578264812d905f7924e1b923_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"skill.ecommerce")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_f363edb2578264812d905f7924e1b923_a73eedf7.displayName = "Match";
return Match_comp_f363edb2578264812d905f7924e1b923_a73eedf7;
})();

export const Bare_comp_4ba4df0b62d024082ab5538e64c44dcf_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4ba4df0b62d024082ab5538e64c44dcf_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.learning"]
    )
});
Bare_comp_4ba4df0b62d024082ab5538e64c44dcf_a73eedf7.displayName = "Bare";
return Bare_comp_4ba4df0b62d024082ab5538e64c44dcf_a73eedf7;
})();

export const Match_comp_9086da2c6e4eeb87256b56e61e911081_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_9086da2c6e4eeb87256b56e61e911081_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"learning_status")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_9086da2c6e4eeb87256b56e61e911081_a73eedf7.displayName = "Match";
return Match_comp_9086da2c6e4eeb87256b56e61e911081_a73eedf7;
})();

export const Bare_comp_7a7ed275f1ba87edf3842755e2705fc3_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7a7ed275f1ba87edf3842755e2705fc3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"]
    )
});
Bare_comp_7a7ed275f1ba87edf3842755e2705fc3_a73eedf7.displayName = "Bare";
return Bare_comp_7a7ed275f1ba87edf3842755e2705fc3_a73eedf7;
})();

export const Button_button_3507e0f3f191eb875b83769ab076b919_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_3507e0f3f191eb875b83769ab076b919_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_26b26d2388dd277d542a64cdf7165d84 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "learning_status", ["v"] : "none", ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "none"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_26b26d2388dd277d542a64cdf7165d84, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "none"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_3507e0f3f191eb875b83769ab076b919_a73eedf7.displayName = "Button";
return Button_button_3507e0f3f191eb875b83769ab076b919_a73eedf7;
})();

export const Bare_comp_f6bc04e4c4bdefd5f9b83cf74458f5e3_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f6bc04e4c4bdefd5f9b83cf74458f5e3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"]
    )
});
Bare_comp_f6bc04e4c4bdefd5f9b83cf74458f5e3_a73eedf7.displayName = "Bare";
return Bare_comp_f6bc04e4c4bdefd5f9b83cf74458f5e3_a73eedf7;
})();

export const Button_button_cb75e3852247d5089222b6fb4fbce158_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_cb75e3852247d5089222b6fb4fbce158_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_8302779f4b052056d5c84599d7b7c8be = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "learning_status", ["v"] : "enrolled", ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "enrolled"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_8302779f4b052056d5c84599d7b7c8be, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "enrolled"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_cb75e3852247d5089222b6fb4fbce158_a73eedf7.displayName = "Button";
return Button_button_cb75e3852247d5089222b6fb4fbce158_a73eedf7;
})();

export const Bare_comp_2b9d2da27a80eea51be67d21496c8424_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2b9d2da27a80eea51be67d21496c8424_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"]
    )
});
Bare_comp_2b9d2da27a80eea51be67d21496c8424_a73eedf7.displayName = "Bare";
return Bare_comp_2b9d2da27a80eea51be67d21496c8424_a73eedf7;
})();

export const Button_button_3d63f50c4163a93efac7376494944a5a_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_3d63f50c4163a93efac7376494944a5a_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_dadb8c70ab8db674735736ba633e4ca5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "learning_status", ["v"] : "completed", ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "completed"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_dadb8c70ab8db674735736ba633e4ca5, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "completed"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_3d63f50c4163a93efac7376494944a5a_a73eedf7.displayName = "Button";
return Button_button_3d63f50c4163a93efac7376494944a5a_a73eedf7;
})();

export const Flex_flex_7a3e9fa13043d07778f412f807617b28_a73eedf7 = /*#__PURE__*/ (() => {
const Flex_flex_7a3e9fa13043d07778f412f807617b28_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.learning"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_7a3e9fa13043d07778f412f807617b28_a73eedf7.displayName = "Flex";
return Flex_flex_7a3e9fa13043d07778f412f807617b28_a73eedf7;
})();

export const Bare_comp_e58b67e594cfaa87d39f6b413fe7a8f4_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e58b67e594cfaa87d39f6b413fe7a8f4_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.4t"]
    )
});
Bare_comp_e58b67e594cfaa87d39f6b413fe7a8f4_a73eedf7.displayName = "Bare";
return Bare_comp_e58b67e594cfaa87d39f6b413fe7a8f4_a73eedf7;
})();

export const Checkbox_checkbox_177134b68158e519c700e96fc6730974_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_177134b68158e519c700e96fc6730974_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_696202aa3a6854ceaa43f609e1cfcfdf = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "trader_ecommerce", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["trader_ecommerce"] }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_ecommerce"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["trader_ecommerce"], onCheckedChange:on_change_696202aa3a6854ceaa43f609e1cfcfdf, size:"3" }))},)
    )
});
Checkbox_checkbox_177134b68158e519c700e96fc6730974_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_177134b68158e519c700e96fc6730974_a73eedf7;
})();

export const Bare_comp_2db7763d61aff6c5587b75c3dead448d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2db7763d61aff6c5587b75c3dead448d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_ecommerce"]
    )
});
Bare_comp_2db7763d61aff6c5587b75c3dead448d_a73eedf7.displayName = "Bare";
return Bare_comp_2db7763d61aff6c5587b75c3dead448d_a73eedf7;
})();

export const Bare_comp_edb86902a87bc12e16e879e8ea91d8b7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_edb86902a87bc12e16e879e8ea91d8b7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_ecommerce.sentence"]
    )
});
Bare_comp_edb86902a87bc12e16e879e8ea91d8b7_a73eedf7.displayName = "Bare";
return Bare_comp_edb86902a87bc12e16e879e8ea91d8b7_a73eedf7;
})();

export const Match_comp_439289521ef447ed9af6beb288491453_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_439289521ef447ed9af6beb288491453_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"trader_ecommerce")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_439289521ef447ed9af6beb288491453_a73eedf7.displayName = "Match";
return Match_comp_439289521ef447ed9af6beb288491453_a73eedf7;
})();

export const Checkbox_checkbox_705ca9e0dc0c5a3cc61f75150ecc0154_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_705ca9e0dc0c5a3cc61f75150ecc0154_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_e7b3a4618b776ef5a203ca84671c5e15 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "trader_cashless", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["trader_cashless"] }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_cashless"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["trader_cashless"], onCheckedChange:on_change_e7b3a4618b776ef5a203ca84671c5e15, size:"3" }))},)
    )
});
Checkbox_checkbox_705ca9e0dc0c5a3cc61f75150ecc0154_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_705ca9e0dc0c5a3cc61f75150ecc0154_a73eedf7;
})();

export const Bare_comp_121afdad1ad1e9a1564ad180d897e59c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_121afdad1ad1e9a1564ad180d897e59c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_cashless"]
    )
});
Bare_comp_121afdad1ad1e9a1564ad180d897e59c_a73eedf7.displayName = "Bare";
return Bare_comp_121afdad1ad1e9a1564ad180d897e59c_a73eedf7;
})();

export const Bare_comp_25e4d43d77671fe6052553485cf306be_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_25e4d43d77671fe6052553485cf306be_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_cashless.sentence"]
    )
});
Bare_comp_25e4d43d77671fe6052553485cf306be_a73eedf7.displayName = "Bare";
return Bare_comp_25e4d43d77671fe6052553485cf306be_a73eedf7;
})();

export const Match_comp_2d73a5f4e5514b1c35de60c5b3655e8d_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_2d73a5f4e5514b1c35de60c5b3655e8d_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"trader_cashless")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_2d73a5f4e5514b1c35de60c5b3655e8d_a73eedf7.displayName = "Match";
return Match_comp_2d73a5f4e5514b1c35de60c5b3655e8d_a73eedf7;
})();

export const Checkbox_checkbox_e91a58234caa1aa5a1eb28555a5b1fdf_a73eedf7 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_e91a58234caa1aa5a1eb28555a5b1fdf_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_change_cb0372e42db32b63bd6aac89370abfc0 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "trader_digital_savings", ["v"] : _ev_0, ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["trader_digital_savings"] }))) }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_digital_savings"], checked:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["trader_digital_savings"], onCheckedChange:on_change_cb0372e42db32b63bd6aac89370abfc0, size:"3" }))},)
    )
});
Checkbox_checkbox_e91a58234caa1aa5a1eb28555a5b1fdf_a73eedf7.displayName = "Checkbox";
return Checkbox_checkbox_e91a58234caa1aa5a1eb28555a5b1fdf_a73eedf7;
})();

export const Bare_comp_193b50f8b62c4e4c539bf97688fddea2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_193b50f8b62c4e4c539bf97688fddea2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_digital_savings"]
    )
});
Bare_comp_193b50f8b62c4e4c539bf97688fddea2_a73eedf7.displayName = "Bare";
return Bare_comp_193b50f8b62c4e4c539bf97688fddea2_a73eedf7;
})();

export const Bare_comp_1d3212310024b3967852f0d7824f2ab8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1d3212310024b3967852f0d7824f2ab8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_digital_savings.sentence"]
    )
});
Bare_comp_1d3212310024b3967852f0d7824f2ab8_a73eedf7.displayName = "Bare";
return Bare_comp_1d3212310024b3967852f0d7824f2ab8_a73eedf7;
})();

export const Match_comp_88fd17a011bc05f265d8ab241034e189_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_88fd17a011bc05f265d8ab241034e189_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
    return(
        (() => {
  switch (JSON.stringify((gdsBox.keys[(((JSON.stringify((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]))+":")+"trader_digital_savings")] ?? ''))) {
    case JSON.stringify("saved"):
      return children?.at?.(0);
      break;
    case JSON.stringify("refused"):
      return children?.at?.(1);
      break;
    case JSON.stringify("waiting"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_88fd17a011bc05f265d8ab241034e189_a73eedf7.displayName = "Match";
return Match_comp_88fd17a011bc05f265d8ab241034e189_a73eedf7;
})();

export const Cond_comp_e0e3eebc2a734ed8541fe40fdfcf1024_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_e0e3eebc2a734ed8541fe40fdfcf1024_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        (((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["occupation"]?.valueOf?.() === "small_trader"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e0e3eebc2a734ed8541fe40fdfcf1024_a73eedf7.displayName = "Cond";
return Cond_comp_e0e3eebc2a734ed8541fe40fdfcf1024_a73eedf7;
})();

export const Bare_comp_a4bcc6f2b49c016dd7881a7525a78c68_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a4bcc6f2b49c016dd7881a7525a78c68_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.child_note"]
    )
});
Bare_comp_a4bcc6f2b49c016dd7881a7525a78c68_a73eedf7.displayName = "Bare";
return Bare_comp_a4bcc6f2b49c016dd7881a7525a78c68_a73eedf7;
})();

export const Button_button_a0de9b1088b78accd8b42e23f92c2dd4_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_a0de9b1088b78accd8b42e23f92c2dd4_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_26b26d2388dd277d542a64cdf7165d84 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "learning_status", ["v"] : "none", ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const on_click_def5f33a5d7868cd635b92be772f5813 = useCallback(on_click_26b26d2388dd277d542a64cdf7165d84, [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox, on_click_26b26d2388dd277d542a64cdf7165d84])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "none"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_def5f33a5d7868cd635b92be772f5813, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "none"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_a0de9b1088b78accd8b42e23f92c2dd4_a73eedf7.displayName = "Button";
return Button_button_a0de9b1088b78accd8b42e23f92c2dd4_a73eedf7;
})();

export const Button_button_04be3442779abf06e98498b83b88b544_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_04be3442779abf06e98498b83b88b544_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_8302779f4b052056d5c84599d7b7c8be = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "learning_status", ["v"] : "enrolled", ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const on_click_a794b83ea64e69c84512e726f7d1ba59 = useCallback(on_click_8302779f4b052056d5c84599d7b7c8be, [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox, on_click_8302779f4b052056d5c84599d7b7c8be])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "enrolled"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_a794b83ea64e69c84512e726f7d1ba59, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "enrolled"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_04be3442779abf06e98498b83b88b544_a73eedf7.displayName = "Button";
return Button_button_04be3442779abf06e98498b83b88b544_a73eedf7;
})();

export const Button_button_7a5f37da46bb66e67f042a869af00ac6_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_7a5f37da46bb66e67f042a869af00ac6_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_dadb8c70ab8db674735736ba633e4ca5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "set", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["f"] : "learning_status", ["v"] : "completed", ["b"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const on_click_39051db16c3dd1dae04c8a8ab7ed58a1 = useCallback(on_click_dadb8c70ab8db674735736ba633e4ca5, [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox, on_click_dadb8c70ab8db674735736ba633e4ca5])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "completed"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_39051db16c3dd1dae04c8a8ab7ed58a1, size:"3", type:"button", variant:(((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["learning_status"]?.valueOf?.() === "completed"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_7a5f37da46bb66e67f042a869af00ac6_a73eedf7.displayName = "Button";
return Button_button_7a5f37da46bb66e67f042a869af00ac6_a73eedf7;
})();

export const Cond_comp_4b5c0747e039739b79768c5d55e07a01_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_4b5c0747e039739b79768c5d55e07a01_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        (((outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["age"] >= 15)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4b5c0747e039739b79768c5d55e07a01_a73eedf7.displayName = "Cond";
return Cond_comp_4b5c0747e039739b79768c5d55e07a01_a73eedf7;
})();

export const Bare_comp_0986390c92c85b65e7d3e6e2a4f8b1b2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_0986390c92c85b65e7d3e6e2a4f8b1b2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.fold"]
    )
});
Bare_comp_0986390c92c85b65e7d3e6e2a4f8b1b2_a73eedf7.displayName = "Bare";
return Bare_comp_0986390c92c85b65e7d3e6e2a4f8b1b2_a73eedf7;
})();

export const Foreach_comp_3bff36a6b6340ed961f2de5945166fdc_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_3bff36a6b6340ed961f2de5945166fdc_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const connectErrors = useContext(EventLoopContext)[1];
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.requests_rx_state_ ?? [],((r_rx_state_,index_56340eecde075d063fdfde237b631407)=>(jsx(Fragment,{key:index_56340eecde075d063fdfde237b631407},((r_rx_state_?.["member_id"]?.valueOf?.() === (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"help-request"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+r_rx_state_?.["topic"])]," \u00b7 ",r_rx_state_?.["member_name"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(r_rx_state_?.["status"])) {case JSON.stringify("resolved"):  return ("green");  break;case JSON.stringify("claimed"):  return ("blue");  break;default:  return ("orange");  break;};})(),highContrast:true,size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("help.status."+r_rx_state_?.["status"])]),jsx(Fragment,{},(!((r_rx_state_?.["outcome"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("help.outcome."+r_rx_state_?.["outcome"])]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((r_rx_state_?.["helper"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.helper"]," ",r_rx_state_?.["helper"]))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.asked_on"]," ",r_rx_state_?.["created"]),jsx(Fragment,{},((r_rx_state_?.["status"]?.valueOf?.() === "open"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.cancel_help", ({ ["request_id"] : r_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.cancel"]))):(jsx(Fragment,{},)))))))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_3bff36a6b6340ed961f2de5945166fdc_a73eedf7.displayName = "Foreach";
return Foreach_comp_3bff36a6b6340ed961f2de5945166fdc_a73eedf7;
})();

export const Bare_comp_2f09c8afdddfaff6cef8af6082f64e87_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2f09c8afdddfaff6cef8af6082f64e87_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.ask_help"]
    )
});
Bare_comp_2f09c8afdddfaff6cef8af6082f64e87_a73eedf7.displayName = "Bare";
return Bare_comp_2f09c8afdddfaff6cef8af6082f64e87_a73eedf7;
})();

export const Bare_comp_d4013b60e70404256ab48f425a51000d_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_d4013b60e70404256ab48f425a51000d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.needs_network"]
    )
});
Bare_comp_d4013b60e70404256ab48f425a51000d_a73eedf7.displayName = "Bare";
return Bare_comp_d4013b60e70404256ab48f425a51000d_a73eedf7;
})();

export const Bare_comp_2929cb9a9831e61ebb748ef904e612ad_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2929cb9a9831e61ebb748ef904e612ad_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["topic.vneid"]
    )
});
Bare_comp_2929cb9a9831e61ebb748ef904e612ad_a73eedf7.displayName = "Bare";
return Bare_comp_2929cb9a9831e61ebb748ef904e612ad_a73eedf7;
})();

export const Button_button_4d4e4e223d088f647a7f5f151b69bd45_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_4d4e4e223d088f647a7f5f151b69bd45_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_522b2ffcde3479ad9bfd1c3240752a6d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.choose_help", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["topic"] : "vneid" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"ask-vneid", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_522b2ffcde3479ad9bfd1c3240752a6d, size:"3", variant:"outline" }))},children)
    )
});
Button_button_4d4e4e223d088f647a7f5f151b69bd45_a73eedf7.displayName = "Button";
return Button_button_4d4e4e223d088f647a7f5f151b69bd45_a73eedf7;
})();

export const Bare_comp_a97984f122ec4dd69b4c8f4607beebd2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a97984f122ec4dd69b4c8f4607beebd2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["topic.public_services"]
    )
});
Bare_comp_a97984f122ec4dd69b4c8f4607beebd2_a73eedf7.displayName = "Bare";
return Bare_comp_a97984f122ec4dd69b4c8f4607beebd2_a73eedf7;
})();

export const Button_button_f3b9b03ca036111300b50f989869ba5c_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_f3b9b03ca036111300b50f989869ba5c_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_ccd801b52d4f16953c239c29af4d2bdb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.choose_help", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["topic"] : "public_services" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"ask-public_services", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_ccd801b52d4f16953c239c29af4d2bdb, size:"3", variant:"outline" }))},children)
    )
});
Button_button_f3b9b03ca036111300b50f989869ba5c_a73eedf7.displayName = "Button";
return Button_button_f3b9b03ca036111300b50f989869ba5c_a73eedf7;
})();

export const Bare_comp_f7816af6b0b302863ee1dad33a4ebf69_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f7816af6b0b302863ee1dad33a4ebf69_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["topic.epayment"]
    )
});
Bare_comp_f7816af6b0b302863ee1dad33a4ebf69_a73eedf7.displayName = "Bare";
return Bare_comp_f7816af6b0b302863ee1dad33a4ebf69_a73eedf7;
})();

export const Button_button_643515ff50168a5d468c65931b5a458c_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_643515ff50168a5d468c65931b5a458c_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_d4d6a69bc5d9f97f79c8803fc9009f2e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.choose_help", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["topic"] : "epayment" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"ask-epayment", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_d4d6a69bc5d9f97f79c8803fc9009f2e, size:"3", variant:"outline" }))},children)
    )
});
Button_button_643515ff50168a5d468c65931b5a458c_a73eedf7.displayName = "Button";
return Button_button_643515ff50168a5d468c65931b5a458c_a73eedf7;
})();

export const Bare_comp_bee083a6c415189ded3ca6439bcc2f1a_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bee083a6c415189ded3ca6439bcc2f1a_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["topic.smartphone"]
    )
});
Bare_comp_bee083a6c415189ded3ca6439bcc2f1a_a73eedf7.displayName = "Bare";
return Bare_comp_bee083a6c415189ded3ca6439bcc2f1a_a73eedf7;
})();

export const Button_button_efe67c60d5be5e279cbe0686fdd41db7_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_efe67c60d5be5e279cbe0686fdd41db7_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_4a8263c4bb0056bac482b1fc960ccd6c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.choose_help", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["topic"] : "smartphone" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"ask-smartphone", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_4a8263c4bb0056bac482b1fc960ccd6c, size:"3", variant:"outline" }))},children)
    )
});
Button_button_efe67c60d5be5e279cbe0686fdd41db7_a73eedf7.displayName = "Button";
return Button_button_efe67c60d5be5e279cbe0686fdd41db7_a73eedf7;
})();

export const Bare_comp_32e90c5ac72e688809408bef12259d0b_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_32e90c5ac72e688809408bef12259d0b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["topic.online_safety"]
    )
});
Bare_comp_32e90c5ac72e688809408bef12259d0b_a73eedf7.displayName = "Bare";
return Bare_comp_32e90c5ac72e688809408bef12259d0b_a73eedf7;
})();

export const Button_button_2068cfc2f524acadd2f50394a400b046_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_2068cfc2f524acadd2f50394a400b046_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_55b8862d15fcfb0ec9ac8128206c362a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.choose_help", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["topic"] : "online_safety" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"ask-online_safety", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_55b8862d15fcfb0ec9ac8128206c362a, size:"3", variant:"outline" }))},children)
    )
});
Button_button_2068cfc2f524acadd2f50394a400b046_a73eedf7.displayName = "Button";
return Button_button_2068cfc2f524acadd2f50394a400b046_a73eedf7;
})();

export const Bare_comp_e3c619dbc3a2e77015e40f41c7f0aa63_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e3c619dbc3a2e77015e40f41c7f0aa63_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["topic.selling_online"]
    )
});
Bare_comp_e3c619dbc3a2e77015e40f41c7f0aa63_a73eedf7.displayName = "Bare";
return Bare_comp_e3c619dbc3a2e77015e40f41c7f0aa63_a73eedf7;
})();

export const Button_button_4a01bfa36a6a1eb7db3c5912bbe5157f_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_4a01bfa36a6a1eb7db3c5912bbe5157f_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_ecb4db5654b2985b493f2cd3e35835cd = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.choose_help", ({ ["member_id"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"], ["topic"] : "selling_online" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"ask-selling_online", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_ecb4db5654b2985b493f2cd3e35835cd, size:"3", variant:"outline" }))},children)
    )
});
Button_button_4a01bfa36a6a1eb7db3c5912bbe5157f_a73eedf7.displayName = "Button";
return Button_button_4a01bfa36a6a1eb7db3c5912bbe5157f_a73eedf7;
})();

export const Details_details_f25e718ae14850504c9f839d4f3ef04e_a73eedf7 = /*#__PURE__*/ (() => {
const Details_details_f25e718ae14850504c9f839d4f3ef04e_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx("details",{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["borderTop"] : "1px solid var(--gray-6)", ["borderBottom"] : "1px solid var(--gray-6)" }), "data-testid":"ask-help", key:(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"] }))},children)
    )
});
Details_details_f25e718ae14850504c9f839d4f3ef04e_a73eedf7.displayName = "Details";
return Details_details_f25e718ae14850504c9f839d4f3ef04e_a73eedf7;
})();

export const Cond_comp_9cdb01b0a79acc7b8af1fae76239396a_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_9cdb01b0a79acc7b8af1fae76239396a_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.editing_id_rx_state_?.valueOf?.() === (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"]?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9cdb01b0a79acc7b8af1fae76239396a_a73eedf7.displayName = "Cond";
return Cond_comp_9cdb01b0a79acc7b8af1fae76239396a_a73eedf7;
})();

export const Link_link_2ca585239e8b7f38af56db8bf74523c0_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_2ca585239e8b7f38af56db8bf74523c0_a73eedf7 = memo(({children, ...rest}) => {
    const [gdsSearch] = useSearchParams();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":(((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.previous"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.family"]), asChild:true, css:({ ["color"] : "#0b5d3b", ["width"] : "100%", ["display"] : "block", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:(((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) > 0) ? (("?nguoi="+(JSON.stringify((((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) - 1) + 1))))+"#buoc") : "?")},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["as"] : "span", ["width"] : "100%", ["paddingInlineStart"] : "12px", ["paddingInlineEnd"] : "12px" }),highContrast:true,size:"4",variant:"outline"},jsx(LucideChevronLeft,{size:22},),(((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.back"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.family"]))))
    )
});
Link_link_2ca585239e8b7f38af56db8bf74523c0_a73eedf7.displayName = "Link";
return Link_link_2ca585239e8b7f38af56db8bf74523c0_a73eedf7;
})();

export const Link_link_d0d3631f8c21f4a59cd5d97ab8ea388b_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_d0d3631f8c21f4a59cd5d97ab8ea388b_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
const on_click_12bb7a795422e96b8bbefd29e963f589 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "checked", ["m"] : (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["id"] }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state, gdsSearch, gdsBox])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["width"] : "100%", ["display"] : "block", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"step-next", onClick:on_click_12bb7a795422e96b8bbefd29e963f589, underline:"none" }))},jsx(ReactRouterLink,{to:((((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) + 1) < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length) ? (("?nguoi="+(JSON.stringify((((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) + 1) + 1))))+"#buoc") : "?buoc=xac-nhan#buoc")},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["as"] : "span", ["width"] : "100%", ["paddingInlineStart"] : "12px", ["paddingInlineEnd"] : "12px", ["background"] : "#0b5d3b" }),size:"4"},((((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) + 1) < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.next"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.review"]),jsx(LucideChevronRight,{size:22},))))
    )
});
Link_link_d0d3631f8c21f4a59cd5d97ab8ea388b_a73eedf7.displayName = "Link";
return Link_link_d0d3631f8c21f4a59cd5d97ab8ea388b_a73eedf7;
})();

export const Link_link_0db4adcc491f5b5bc9499137d95a7dc6_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_0db4adcc491f5b5bc9499137d95a7dc6_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["width"] : "100%", ["display"] : "block", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"step-to-review", underline:"none" }))},jsx(ReactRouterLink,{to:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length) ? (("?nguoi="+(JSON.stringify((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length + 1))))+"#buoc") : "?buoc=xac-nhan#buoc")},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["as"] : "span", ["width"] : "100%", ["paddingInlineStart"] : "12px", ["paddingInlineEnd"] : "12px" }),highContrast:true,size:"4",variant:"outline"},jsx(LucideListChecks,{size:22},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.review"])))
    )
});
Link_link_0db4adcc491f5b5bc9499137d95a7dc6_a73eedf7.displayName = "Link";
return Link_link_0db4adcc491f5b5bc9499137d95a7dc6_a73eedf7;
})();

export const Cond_comp_cfb28cac01f465ff4e90055bc6a36445_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_cfb28cac01f465ff4e90055bc6a36445_a73eedf7 = memo(({children}) => {
    const [gdsSearch] = useSearchParams();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) + 1) < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cfb28cac01f465ff4e90055bc6a36445_a73eedf7.displayName = "Cond";
return Cond_comp_cfb28cac01f465ff4e90055bc6a36445_a73eedf7;
})();

export const Vstack_flex_796599b418d12755a5a70dcc39c7b0e8_a73eedf7 = /*#__PURE__*/ (() => {
const Vstack_flex_796599b418d12755a5a70dcc39c7b0e8_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const [gdsSearch] = useSearchParams();
const gdsBox = useOutbox();
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"start", className:"rx-Stack", css:({ ["width"] : "100%" }), "data-member":(outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["full_name"], "data-testid":"member-step", direction:"column", gap:"5" }))},children)
    )
});
Vstack_flex_796599b418d12755a5a70dcc39c7b0e8_a73eedf7.displayName = "VStack";
return Vstack_flex_796599b418d12755a5a70dcc39c7b0e8_a73eedf7;
})();

export const Bare_comp_3f165baec8cd0189f801bacd6c7c11a7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3f165baec8cd0189f801bacd6c7c11a7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.last"]
    )
});
Bare_comp_3f165baec8cd0189f801bacd6c7c11a7_a73eedf7.displayName = "Bare";
return Bare_comp_3f165baec8cd0189f801bacd6c7c11a7_a73eedf7;
})();

export const Bare_comp_a2c427b721375bb70259673a1c5fdc67_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a2c427b721375bb70259673a1c5fdc67_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.review_title"]
    )
});
Bare_comp_a2c427b721375bb70259673a1c5fdc67_a73eedf7.displayName = "Bare";
return Bare_comp_a2c427b721375bb70259673a1c5fdc67_a73eedf7;
})();

export const Bare_comp_ba3bde68c58ca177959203f4af960a6f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ba3bde68c58ca177959203f4af960a6f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.review_help"]
    )
});
Bare_comp_ba3bde68c58ca177959203f4af960a6f_a73eedf7.displayName = "Bare";
return Bare_comp_ba3bde68c58ca177959203f4af960a6f_a73eedf7;
})();

export const Foreach_comp_eebdce198b03f6697faf7d393b873afe_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_eebdce198b03f6697faf7d393b873afe_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)) ?? [],((member_rx_state_,index_rx_state_)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-member":member_rx_state_?.["full_name"],"data-testid":"review-member",key:index_rx_state_},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},member_rx_state_?.["full_name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},member_rx_state_?.["age"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.years_old"])),jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "4px", ["minHeight"] : "52px", ["minWidth"] : "52px", ["justifyContent"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:(("?nguoi="+(JSON.stringify((index_rx_state_ + 1))))+"#buoc")},jsx(LucidePencil,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.change"]))),jsx(Fragment,{},(pyAnd(!(member_rx_state_?.["checked"]), () => (pyOr((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).some((m) => m.checked), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_?.valueOf?.() === ""?.valueOf?.())))))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--orange-11)" }),size:"2",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.not_checked_yet"]))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(Fragment,{},((member_rx_state_?.["age"] >= 15)?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(member_rx_state_?.["has_smartphone"]?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},(member_rx_state_?.["has_smartphone"] ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.smartphone.yes"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.smartphone.no"]))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(member_rx_state_?.["has_epayment"]?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},(member_rx_state_?.["has_epayment"] ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.epayment.yes"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.epayment.no"]))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},((member_rx_state_?.["vneid_level"] > 0)?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("words.vneid."+(JSON.stringify(member_rx_state_?.["vneid_level"])))])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideBadgeCheck,{css:({ ["color"] : (member_rx_state_?.["has_basic_skills"] ? "var(--green-11)" : "var(--gray-11)"), ["flexShrink"] : "0" }),size:18},),jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["review.skills_list"].replaceAll("{n}", (JSON.stringify(member_rx_state_?.["skill_count"]))))),jsx(Fragment,{},((member_rx_state_?.["skill_count"] > 0)?(jsx(Fragment,{},jsx("ul",{css:({ ["paddingLeft"] : "48px", ["listStyleType"] : "disc", ["fontSize"] : "16px", ["lineHeight"] : "1.5", ["width"] : "100%" }),"data-testid":"review-skills"},Array.prototype.map.call(member_rx_state_?.["skills"] ?? [],((code_rx_state_,index_96aba9adb297b05e9bfa024cd5cb8a00)=>(jsx("li",{key:index_96aba9adb297b05e9bfa024cd5cb8a00},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("skill."+code_rx_state_)]))))))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["paddingLeft"] : "26px" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["review.skills_none"]))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)", ["paddingLeft"] : "26px" }),size:"2"},(member_rx_state_?.["has_basic_skills"] ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["review.skills_enough"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["review.skills_short"]).replaceAll("{n}", (JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))))))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(!((member_rx_state_?.["learning_status"]?.valueOf?.() === "none"?.valueOf?.()))?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("words.learning."+member_rx_state_?.["learning_status"])])),jsx(Fragment,{},((member_rx_state_?.["occupation"]?.valueOf?.() === "small_trader"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(member_rx_state_?.["trader_ecommerce"]?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},(member_rx_state_?.["trader_ecommerce"] ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.trader_ecommerce.yes"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.trader_ecommerce.no"]))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(member_rx_state_?.["trader_cashless"]?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},(member_rx_state_?.["trader_cashless"] ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.trader_cashless.yes"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.trader_cashless.no"]))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(member_rx_state_?.["trader_digital_savings"]?(jsx(Fragment,{},jsx(LucideCheck,{css:({ ["color"] : "var(--green-11)", ["flexShrink"] : "0" }),size:18},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-9)", ["flexShrink"] : "0", ["marginInlineStart"] : "2px", ["marginInlineEnd"] : "2px" }),size:14},))))),jsx(RadixThemesText,{as:"p",size:"3"},(member_rx_state_?.["trader_digital_savings"] ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.trader_digital_savings.yes"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["words.trader_digital_savings.no"]))))):(jsx(Fragment,{},))))))))))
    )
});
Foreach_comp_eebdce198b03f6697faf7d393b873afe_a73eedf7.displayName = "Foreach";
return Foreach_comp_eebdce198b03f6697faf7d393b873afe_a73eedf7;
})();

export const Bare_comp_596cfa1a3ce021be386b0c976cb42e3f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_596cfa1a3ce021be386b0c976cb42e3f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.missing_title"]
    )
});
Bare_comp_596cfa1a3ce021be386b0c976cb42e3f_a73eedf7.displayName = "Bare";
return Bare_comp_596cfa1a3ce021be386b0c976cb42e3f_a73eedf7;
})();

export const Bare_comp_8c86a2de7e73ad82fc5a507bbd052d20_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_8c86a2de7e73ad82fc5a507bbd052d20_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.missing_help"]
    )
});
Bare_comp_8c86a2de7e73ad82fc5a507bbd052d20_a73eedf7.displayName = "Bare";
return Bare_comp_8c86a2de7e73ad82fc5a507bbd052d20_a73eedf7;
})();

export const Bare_comp_7f8c42f856cb49e8115df83dee9dab00_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7f8c42f856cb49e8115df83dee9dab00_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.add"]
    )
});
Bare_comp_7f8c42f856cb49e8115df83dee9dab00_a73eedf7.displayName = "Bare";
return Bare_comp_7f8c42f856cb49e8115df83dee9dab00_a73eedf7;
})();

export const Bare_comp_7f51341305ff1c38ac9dae46e241b184_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7f51341305ff1c38ac9dae46e241b184_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.full_name"] : "")
    )
});
Bare_comp_7f51341305ff1c38ac9dae46e241b184_a73eedf7.displayName = "Bare";
return Bare_comp_7f51341305ff1c38ac9dae46e241b184_a73eedf7;
})();

export const Cond_comp_5c494072481ef4b04d6612d77cd03319_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_5c494072481ef4b04d6612d77cd03319_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.full_name"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.full_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5c494072481ef4b04d6612d77cd03319_a73eedf7.displayName = "Cond";
return Cond_comp_5c494072481ef4b04d6612d77cd03319_a73eedf7;
})();

export const Bare_comp_af594aafcf19e4c47778cde724993757_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_af594aafcf19e4c47778cde724993757_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.birth_year"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.birth_year"] : "")
    )
});
Bare_comp_af594aafcf19e4c47778cde724993757_a73eedf7.displayName = "Bare";
return Bare_comp_af594aafcf19e4c47778cde724993757_a73eedf7;
})();

export const Cond_comp_7f1e5fc892796fe29723ad5e818aaaf2_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_7f1e5fc892796fe29723ad5e818aaaf2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.birth_year"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.birth_year"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f1e5fc892796fe29723ad5e818aaaf2_a73eedf7.displayName = "Cond";
return Cond_comp_7f1e5fc892796fe29723ad5e818aaaf2_a73eedf7;
})();

export const Bare_comp_6f0bb80b1ca19e3d8dbbe5b1591d890e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6f0bb80b1ca19e3d8dbbe5b1591d890e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.occupation"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.occupation"] : "")
    )
});
Bare_comp_6f0bb80b1ca19e3d8dbbe5b1591d890e_a73eedf7.displayName = "Bare";
return Bare_comp_6f0bb80b1ca19e3d8dbbe5b1591d890e_a73eedf7;
})();

export const Cond_comp_d1462f5f1917104c9799fdd3e342cef3_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_d1462f5f1917104c9799fdd3e342cef3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.occupation"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["add.occupation"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d1462f5f1917104c9799fdd3e342cef3_a73eedf7.displayName = "Cond";
return Cond_comp_d1462f5f1917104c9799fdd3e342cef3_a73eedf7;
})();

export const Button_button_861c3752d752cba81044a8dc6e3ca719_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_861c3752d752cba81044a8dc6e3ca719_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_b54a0e451cc0576a2caea1bcaab3777a = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["adding_rx_state_"] : false, ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_b54a0e451cc0576a2caea1bcaab3777a, size:"4", type:"button", variant:"outline" }))},children)
    )
});
Button_button_861c3752d752cba81044a8dc6e3ca719_a73eedf7.displayName = "Button";
return Button_button_861c3752d752cba81044a8dc6e3ca719_a73eedf7;
})();

export const Form_root_7d3a61e7c67bcfeafede565a0eacc1aa_a73eedf7 = /*#__PURE__*/ (() => {
const Form_root_7d3a61e7c67bcfeafede565a0eacc1aa_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")

    const handleSubmit_967843e0a04b630ebb8ba90f4cbb9a4a = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.add_member", ({ ["form"] : (outboxAddMember("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_, form_data, (gdsBox.offline || gdsBox.late || connectErrors.length > 0), reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_)) }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"add-member-form", onSubmit:handleSubmit_967843e0a04b630ebb8ba90f4cbb9a4a }))},children)
    )
});
Form_root_7d3a61e7c67bcfeafede565a0eacc1aa_a73eedf7.displayName = "Form";
return Form_root_7d3a61e7c67bcfeafede565a0eacc1aa_a73eedf7;
})();

export const Button_button_dbb7543aadaae1e65cdc5c625666c2c9_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_dbb7543aadaae1e65cdc5c625666c2c9_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_a5eae0051e7e43ae16ac363d20d65f29 = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["adding_rx_state_"] : true, ["editing_id_rx_state_"] : 0, ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_a5eae0051e7e43ae16ac363d20d65f29, size:"4", variant:"outline" }))},children)
    )
});
Button_button_dbb7543aadaae1e65cdc5c625666c2c9_a73eedf7.displayName = "Button";
return Button_button_dbb7543aadaae1e65cdc5c625666c2c9_a73eedf7;
})();

export const Cond_comp_acf253fd2a303b491e43303683999ed9_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_acf253fd2a303b491e43303683999ed9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.adding_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_acf253fd2a303b491e43303683999ed9_a73eedf7.displayName = "Cond";
return Cond_comp_acf253fd2a303b491e43303683999ed9_a73eedf7;
})();

export const Bare_comp_bf17bef039cfbe0b350b7558298620d7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bf17bef039cfbe0b350b7558298620d7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirmed_done"]
    )
});
Bare_comp_bf17bef039cfbe0b350b7558298620d7_a73eedf7.displayName = "Bare";
return Bare_comp_bf17bef039cfbe0b350b7558298620d7_a73eedf7;
})();

export const Bare_comp_d60caaf1a1a20b0c7831c98338cbc5c1_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_d60caaf1a1a20b0c7831c98338cbc5c1_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirm"]
    )
});
Bare_comp_d60caaf1a1a20b0c7831c98338cbc5c1_a73eedf7.displayName = "Bare";
return Bare_comp_d60caaf1a1a20b0c7831c98338cbc5c1_a73eedf7;
})();

export const Button_button_fa90e5b358c9edd56cede3f45ccf0723_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_fa90e5b358c9edd56cede3f45ccf0723_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const on_click_2c38851fe4cef27df6105da4c244d2fe = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxPut(({ ["kind"] : "confirm", ["h"] : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_, ["sv"] : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.version_rx_state_ }))) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"confirm-household", onClick:on_click_2c38851fe4cef27df6105da4c244d2fe, size:"4" }))},children)
    )
});
Button_button_fa90e5b358c9edd56cede3f45ccf0723_a73eedf7.displayName = "Button";
return Button_button_fa90e5b358c9edd56cede3f45ccf0723_a73eedf7;
})();

export const Cond_comp_0ad66c5eb6b14b8c4bfe387676b252c1_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_0ad66c5eb6b14b8c4bfe387676b252c1_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (pyAnd(pyAnd(((gdsBox.keys[(("h"+(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_)))+":confirm")] ?? '')?.valueOf?.() === "saved"?.valueOf?.()), () => (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_?.valueOf?.() === ""?.valueOf?.())))), () => (!(pyOr((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).some((m) => m.checked), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_?.valueOf?.() === ""?.valueOf?.()))))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ad66c5eb6b14b8c4bfe387676b252c1_a73eedf7.displayName = "Cond";
return Cond_comp_0ad66c5eb6b14b8c4bfe387676b252c1_a73eedf7;
})();

export const Bare_comp_4dfd75eda01c170f2fce40f426229c27_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4dfd75eda01c170f2fce40f426229c27_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirm_offline"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirming"])
    )
});
Bare_comp_4dfd75eda01c170f2fce40f426229c27_a73eedf7.displayName = "Bare";
return Bare_comp_4dfd75eda01c170f2fce40f426229c27_a73eedf7;
})();

export const Bare_comp_c3b99604304b9a6b0a51887fd8df4bca_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c3b99604304b9a6b0a51887fd8df4bca_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirmed_title"]
    )
});
Bare_comp_c3b99604304b9a6b0a51887fd8df4bca_a73eedf7.displayName = "Bare";
return Bare_comp_c3b99604304b9a6b0a51887fd8df4bca_a73eedf7;
})();

export const Bare_comp_d9d9c2751cd8acc2a709a47e52478299_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_d9d9c2751cd8acc2a709a47e52478299_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirmed_full"]
    )
});
Bare_comp_d9d9c2751cd8acc2a709a47e52478299_a73eedf7.displayName = "Bare";
return Bare_comp_d9d9c2751cd8acc2a709a47e52478299_a73eedf7;
})();

export const Bare_comp_05090c22cef2466c5e072020dd6fc499_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_05090c22cef2466c5e072020dd6fc499_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_
    )
});
Bare_comp_05090c22cef2466c5e072020dd6fc499_a73eedf7.displayName = "Bare";
return Bare_comp_05090c22cef2466c5e072020dd6fc499_a73eedf7;
})();

export const Bare_comp_69d0cf3c4c0f7baf41741809bb9c98dc_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_69d0cf3c4c0f7baf41741809bb9c98dc_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.never_confirmed"]
    )
});
Bare_comp_69d0cf3c4c0f7baf41741809bb9c98dc_a73eedf7.displayName = "Bare";
return Bare_comp_69d0cf3c4c0f7baf41741809bb9c98dc_a73eedf7;
})();

export const Cond_comp_c5c3127bc674f0ec2c1b0a9dca657374_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_c5c3127bc674f0ec2c1b0a9dca657374_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c5c3127bc674f0ec2c1b0a9dca657374_a73eedf7.displayName = "Cond";
return Cond_comp_c5c3127bc674f0ec2c1b0a9dca657374_a73eedf7;
})();

export const Cond_comp_0178a6d1b4e9484e8361abe1a2dcf545_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_0178a6d1b4e9484e8361abe1a2dcf545_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (((gdsBox.keys[(("h"+(JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_)))+":confirm")] ?? '')?.valueOf?.() === "waiting"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0178a6d1b4e9484e8361abe1a2dcf545_a73eedf7.displayName = "Cond";
return Cond_comp_0178a6d1b4e9484e8361abe1a2dcf545_a73eedf7;
})();

export const Link_link_771420d2174072cc2ea752e2c7c5fb8a_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_771420d2174072cc2ea752e2c7c5fb8a_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["width"] : "100%", ["display"] : "block", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"?"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["as"] : "span", ["width"] : "100%", ["paddingInlineStart"] : "12px", ["paddingInlineEnd"] : "12px" }),highContrast:true,size:"4",variant:"outline"},jsx(LucideChevronLeft,{size:22},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.family"])))
    )
});
Link_link_771420d2174072cc2ea752e2c7c5fb8a_a73eedf7.displayName = "Link";
return Link_link_771420d2174072cc2ea752e2c7c5fb8a_a73eedf7;
})();

export const Bare_comp_6ba97246b2a77b28832bc5d2a29706ae_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6ba97246b2a77b28832bc5d2a29706ae_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.renew_title"]
    )
});
Bare_comp_6ba97246b2a77b28832bc5d2a29706ae_a73eedf7.displayName = "Bare";
return Bare_comp_6ba97246b2a77b28832bc5d2a29706ae_a73eedf7;
})();

export const Bare_comp_df4da2d9ba1877d5da0048fba902877f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_df4da2d9ba1877d5da0048fba902877f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_renew_line_rx_state_
    )
});
Bare_comp_df4da2d9ba1877d5da0048fba902877f_a73eedf7.displayName = "Bare";
return Bare_comp_df4da2d9ba1877d5da0048fba902877f_a73eedf7;
})();

export const Foreach_comp_eb105733660eb180d6c6a98bf4c796b0_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_eb105733660eb180d6c6a98bf4c796b0_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_changes_rx_state_ ?? [],((line_rx_state_,index_68c5f9b7418ae719d5ee1501057e7629)=>(jsx("li",{css:({ ["marginBottom"] : "6px" }),key:index_68c5f9b7418ae719d5ee1501057e7629},line_rx_state_))))
    )
});
Foreach_comp_eb105733660eb180d6c6a98bf4c796b0_a73eedf7.displayName = "Foreach";
return Foreach_comp_eb105733660eb180d6c6a98bf4c796b0_a73eedf7;
})();

export const Bare_comp_ffc9d72af8f7c12ce57951f6bad390f3_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ffc9d72af8f7c12ce57951f6bad390f3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.renew_meanwhile"]
    )
});
Bare_comp_ffc9d72af8f7c12ce57951f6bad390f3_a73eedf7.displayName = "Bare";
return Bare_comp_ffc9d72af8f7c12ce57951f6bad390f3_a73eedf7;
})();

export const Bare_comp_f237afd6b55352fbe04ee67662bb0eca_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f237afd6b55352fbe04ee67662bb0eca_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.read_notice"]
    )
});
Bare_comp_f237afd6b55352fbe04ee67662bb0eca_a73eedf7.displayName = "Bare";
return Bare_comp_f237afd6b55352fbe04ee67662bb0eca_a73eedf7;
})();

export const Textfieldroot_textfield__root_ec2aeb95af8ab51cf5094838b94f2dda_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_ec2aeb95af8ab51cf5094838b94f2dda_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"name", css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_adult_rx_state_, name:"adult_name", required:true, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_ec2aeb95af8ab51cf5094838b94f2dda_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_ec2aeb95af8ab51cf5094838b94f2dda_a73eedf7;
})();

export const Bare_comp_bd0d2cb28c2aa436cbbe0c62bc15c904_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bd0d2cb28c2aa436cbbe0c62bc15c904_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.renew_submit"]
    )
});
Bare_comp_bd0d2cb28c2aa436cbbe0c62bc15c904_a73eedf7.displayName = "Bare";
return Bare_comp_bd0d2cb28c2aa436cbbe0c62bc15c904_a73eedf7;
})();

export const Cond_comp_16d9160820eae53645a88d750f723c27_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_16d9160820eae53645a88d750f723c27_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_renew_form_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16d9160820eae53645a88d750f723c27_a73eedf7.displayName = "Cond";
return Cond_comp_16d9160820eae53645a88d750f723c27_a73eedf7;
})();

export const Cond_comp_1a327c26d31663a32aacc8cb127f8357_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_1a327c26d31663a32aacc8cb127f8357_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_renew_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a327c26d31663a32aacc8cb127f8357_a73eedf7.displayName = "Cond";
return Cond_comp_1a327c26d31663a32aacc8cb127f8357_a73eedf7;
})();

export const Bare_comp_7a892dd96c37d8c15b57f62a0deb9712_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7a892dd96c37d8c15b57f62a0deb9712_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.title"]
    )
});
Bare_comp_7a892dd96c37d8c15b57f62a0deb9712_a73eedf7.displayName = "Bare";
return Bare_comp_7a892dd96c37d8c15b57f62a0deb9712_a73eedf7;
})();

export const Backlink_backlink_c104b2a79db4ada47e660ac82c65e949_a73eedf7 = /*#__PURE__*/ (() => {
const Backlink_backlink_c104b2a79db4ada47e660ac82c65e949_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(BackLink,{...mergeSlotProps(rest, ({ className:"rt-Text rt-reset rt-Link rt-r-size-4 rt-underline-auto rt-high-contrast", css:({ ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center" }), "data-accent-color":"", "data-testid":"back-to-list", fallback:"/to", listLabel:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.back_to_list"], weekLabel:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.back_to_week"], weekPath:"/to-truong" }))},)
    )
});
Backlink_backlink_c104b2a79db4ada47e660ac82c65e949_a73eedf7.displayName = "BackLink";
return Backlink_backlink_c104b2a79db4ada47e660ac82c65e949_a73eedf7;
})();

export const Cond_comp_9e475107324c3c4a96caa6ba10225a1b_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_9e475107324c3c4a96caa6ba10225a1b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "resident"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9e475107324c3c4a96caa6ba10225a1b_a73eedf7.displayName = "Cond";
return Cond_comp_9e475107324c3c4a96caa6ba10225a1b_a73eedf7;
})();

export const Bare_comp_159efd22e7a5d1f7b7a3da52b2a086b6_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_159efd22e7a5d1f7b7a3da52b2a086b6_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.group_name_rx_state_
    )
});
Bare_comp_159efd22e7a5d1f7b7a3da52b2a086b6_a73eedf7.displayName = "Bare";
return Bare_comp_159efd22e7a5d1f7b7a3da52b2a086b6_a73eedf7;
})();

export const Bare_comp_334465c7f08405c8b672c1c67bf1c506_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_334465c7f08405c8b672c1c67bf1c506_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? ((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.confirmed_full"]+" ")+reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.never_confirmed"])
    )
});
Bare_comp_334465c7f08405c8b672c1c67bf1c506_a73eedf7.displayName = "Bare";
return Bare_comp_334465c7f08405c8b672c1c67bf1c506_a73eedf7;
})();

export const Bare_comp_1e353f76b0699b1bbd5c47c89a5b6caf_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1e353f76b0699b1bbd5c47c89a5b6caf_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.contact.title"]
    )
});
Bare_comp_1e353f76b0699b1bbd5c47c89a5b6caf_a73eedf7.displayName = "Bare";
return Bare_comp_1e353f76b0699b1bbd5c47c89a5b6caf_a73eedf7;
})();

export const Bare_comp_dd4c4d935155c404d19d170f92679665_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_dd4c4d935155c404d19d170f92679665_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.address"]
    )
});
Bare_comp_dd4c4d935155c404d19d170f92679665_a73eedf7.displayName = "Bare";
return Bare_comp_dd4c4d935155c404d19d170f92679665_a73eedf7;
})();

export const Textfieldroot_textfield__root_0e82f0e5850e8f59f08aa4b2064632a6_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_0e82f0e5850e8f59f08aa4b2064632a6_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"street-address", css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.address_rx_state_, name:"address", size:"3" }))},)
    )
});
Textfieldroot_textfield__root_0e82f0e5850e8f59f08aa4b2064632a6_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_0e82f0e5850e8f59f08aa4b2064632a6_a73eedf7;
})();

export const Bare_comp_3a9de68fc771628e33da1344d4fada97_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3a9de68fc771628e33da1344d4fada97_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["address"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["address"] : "")
    )
});
Bare_comp_3a9de68fc771628e33da1344d4fada97_a73eedf7.displayName = "Bare";
return Bare_comp_3a9de68fc771628e33da1344d4fada97_a73eedf7;
})();

export const Cond_comp_b068f2e31ae742eba593eef87bbc602c_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_b068f2e31ae742eba593eef87bbc602c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["address"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["address"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b068f2e31ae742eba593eef87bbc602c_a73eedf7.displayName = "Cond";
return Cond_comp_b068f2e31ae742eba593eef87bbc602c_a73eedf7;
})();

export const Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.phone"]
    )
});
Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_a73eedf7.displayName = "Bare";
return Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_a73eedf7;
})();

export const Textfieldroot_textfield__root_18135ee5ae70a4bea1f0b2c04b365bf8_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_18135ee5ae70a4bea1f0b2c04b365bf8_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state__digital_family___web___pages___household___contact____contact_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.digital_family___web___pages___household___contact____contact_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"tel", css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state__digital_family___web___pages___household___contact____contact_state.contact_phone_rx_state_, name:"phone", size:"3", type:"tel" }))},)
    )
});
Textfieldroot_textfield__root_18135ee5ae70a4bea1f0b2c04b365bf8_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_18135ee5ae70a4bea1f0b2c04b365bf8_a73eedf7;
})();

export const Bare_comp_6ee41a79bf3ebe6d6465d18503752b39_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6ee41a79bf3ebe6d6465d18503752b39_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_6ee41a79bf3ebe6d6465d18503752b39_a73eedf7.displayName = "Bare";
return Bare_comp_6ee41a79bf3ebe6d6465d18503752b39_a73eedf7;
})();

export const Cond_comp_116e0f469b5112ce288d7d776c3019cb_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_116e0f469b5112ce288d7d776c3019cb_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_116e0f469b5112ce288d7d776c3019cb_a73eedf7.displayName = "Cond";
return Cond_comp_116e0f469b5112ce288d7d776c3019cb_a73eedf7;
})();

export const Button_button_c4a42335adf028268b2cb40548bb60a9_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_c4a42335adf028268b2cb40548bb60a9_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"contact-save", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), size:"4", type:"submit" }))},children)
    )
});
Button_button_c4a42335adf028268b2cb40548bb60a9_a73eedf7.displayName = "Button";
return Button_button_c4a42335adf028268b2cb40548bb60a9_a73eedf7;
})();

export const Button_button_81defbf423556c480dc4e472fb50069c_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_81defbf423556c480dc4e472fb50069c_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_22d1725b17e20d1e11c513b9f45cee10 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.digital_family___web___pages___household___contact____contact_state.close_contact", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_22d1725b17e20d1e11c513b9f45cee10, size:"4", type:"button", variant:"outline" }))},children)
    )
});
Button_button_81defbf423556c480dc4e472fb50069c_a73eedf7.displayName = "Button";
return Button_button_81defbf423556c480dc4e472fb50069c_a73eedf7;
})();

export const Form_root_f484757bad494a827e641214c291791e_a73eedf7 = /*#__PURE__*/ (() => {
const Form_root_f484757bad494a827e641214c291791e_a73eedf7 = memo(({children, ...rest}) => {
    
    const handleSubmit_821b39dc30865f7bff764a98de5b25f2 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.digital_family___web___pages___household___contact____contact_state.save_contact", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"contact-form", onSubmit:handleSubmit_821b39dc30865f7bff764a98de5b25f2 }))},children)
    )
});
Form_root_f484757bad494a827e641214c291791e_a73eedf7.displayName = "Form";
return Form_root_f484757bad494a827e641214c291791e_a73eedf7;
})();

export const Bare_comp_8920fbb028b2b3d7322972191c722bf7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_8920fbb028b2b3d7322972191c722bf7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.contact.edit"]
    )
});
Bare_comp_8920fbb028b2b3d7322972191c722bf7_a73eedf7.displayName = "Bare";
return Bare_comp_8920fbb028b2b3d7322972191c722bf7_a73eedf7;
})();

export const Button_button_6bb1523ff926dabed290017ab092f9b5_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_6bb1523ff926dabed290017ab092f9b5_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_1a1617dc11eeed7efccae03b843a0b03 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.digital_family___web___pages___household___contact____contact_state.open_contact", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px" }), "data-testid":"contact-edit", highContrast:true, onClick:on_click_1a1617dc11eeed7efccae03b843a0b03, size:"3", variant:"outline" }))},children)
    )
});
Button_button_6bb1523ff926dabed290017ab092f9b5_a73eedf7.displayName = "Button";
return Button_button_6bb1523ff926dabed290017ab092f9b5_a73eedf7;
})();

export const Cond_comp_f74a77e17adc1b5f7761ade925263296_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_f74a77e17adc1b5f7761ade925263296_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state__digital_family___web___pages___household___contact____contact_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.digital_family___web___pages___household___contact____contact_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state__digital_family___web___pages___household___contact____contact_state.contact_open_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f74a77e17adc1b5f7761ade925263296_a73eedf7.displayName = "Cond";
return Cond_comp_f74a77e17adc1b5f7761ade925263296_a73eedf7;
})();

export const Cond_comp_a9ed9f352191bdafd50e95561b89ef4c_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_a9ed9f352191bdafd50e95561b89ef4c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "ward_staff"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a9ed9f352191bdafd50e95561b89ef4c_a73eedf7.displayName = "Cond";
return Cond_comp_a9ed9f352191bdafd50e95561b89ef4c_a73eedf7;
})();

export const Bare_comp_bd28036783bf7ec5796ff803fc027cf9_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bd28036783bf7ec5796ff803fc027cf9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.visit_kept"]
    )
});
Bare_comp_bd28036783bf7ec5796ff803fc027cf9_a73eedf7.displayName = "Bare";
return Bare_comp_bd28036783bf7ec5796ff803fc027cf9_a73eedf7;
})();

export const Cond_comp_ea59d5e459f7d625db6b8fca4f93fe7b_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_ea59d5e459f7d625db6b8fca4f93fe7b_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (gdsBox?.["visits"].includes(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ea59d5e459f7d625db6b8fca4f93fe7b_a73eedf7.displayName = "Cond";
return Cond_comp_ea59d5e459f7d625db6b8fca4f93fe7b_a73eedf7;
})();

export const Bare_comp_86baf1229dad9ef2fe7d0f377e752a87_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_86baf1229dad9ef2fe7d0f377e752a87_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.record_title"]
    )
});
Bare_comp_86baf1229dad9ef2fe7d0f377e752a87_a73eedf7.displayName = "Bare";
return Bare_comp_86baf1229dad9ef2fe7d0f377e752a87_a73eedf7;
})();

export const Bare_comp_f29cfcf4d8a312e42cd9c4df9eb086e8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_f29cfcf4d8a312e42cd9c4df9eb086e8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.met"]
    )
});
Bare_comp_f29cfcf4d8a312e42cd9c4df9eb086e8_a73eedf7.displayName = "Bare";
return Bare_comp_f29cfcf4d8a312e42cd9c4df9eb086e8_a73eedf7;
})();

export const Button_button_eff5803b306687c750e455973544ee48_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_eff5803b306687c750e455973544ee48_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_99e81bdc129b59b0a5634ff6a8275d2b = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["outcome_rx_state_"] : "met", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_99e81bdc129b59b0a5634ff6a8275d2b, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_eff5803b306687c750e455973544ee48_a73eedf7.displayName = "Button";
return Button_button_eff5803b306687c750e455973544ee48_a73eedf7;
})();

export const Bare_comp_53ec1d29e1aa99eb2365c5c11b4ffb4f_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_53ec1d29e1aa99eb2365c5c11b4ffb4f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.nobody_home"]
    )
});
Bare_comp_53ec1d29e1aa99eb2365c5c11b4ffb4f_a73eedf7.displayName = "Bare";
return Bare_comp_53ec1d29e1aa99eb2365c5c11b4ffb4f_a73eedf7;
})();

export const Button_button_26bfdb875225490d15b29c8831b862bf_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_26bfdb875225490d15b29c8831b862bf_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_d9dada5d12d3e80cedc483cce47e8dae = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["outcome_rx_state_"] : "nobody_home", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "nobody_home"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_d9dada5d12d3e80cedc483cce47e8dae, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "nobody_home"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_26bfdb875225490d15b29c8831b862bf_a73eedf7.displayName = "Button";
return Button_button_26bfdb875225490d15b29c8831b862bf_a73eedf7;
})();

export const Bare_comp_7ffe2ae896af206419713b90c4befd3b_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7ffe2ae896af206419713b90c4befd3b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.come_back"]
    )
});
Bare_comp_7ffe2ae896af206419713b90c4befd3b_a73eedf7.displayName = "Bare";
return Bare_comp_7ffe2ae896af206419713b90c4befd3b_a73eedf7;
})();

export const Button_button_e4f8174c44cdaeae64dc433aec7f14e4_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_e4f8174c44cdaeae64dc433aec7f14e4_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_a04099f35376982e4f4f068c8ccbf4d8 = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["outcome_rx_state_"] : "come_back", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "come_back"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_a04099f35376982e4f4f068c8ccbf4d8, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "come_back"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_e4f8174c44cdaeae64dc433aec7f14e4_a73eedf7.displayName = "Button";
return Button_button_e4f8174c44cdaeae64dc433aec7f14e4_a73eedf7;
})();

export const Bare_comp_2f69a9edbd5bb6348944e5f7256340f5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2f69a9edbd5bb6348944e5f7256340f5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.declined"]
    )
});
Bare_comp_2f69a9edbd5bb6348944e5f7256340f5_a73eedf7.displayName = "Bare";
return Bare_comp_2f69a9edbd5bb6348944e5f7256340f5_a73eedf7;
})();

export const Button_button_438aab25b0b47f69c26a91c2414b94ed_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_438aab25b0b47f69c26a91c2414b94ed_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_efdecf78849e1ac4c141070bac16ad22 = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["outcome_rx_state_"] : "declined", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "declined"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_efdecf78849e1ac4c141070bac16ad22, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_?.valueOf?.() === "declined"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_438aab25b0b47f69c26a91c2414b94ed_a73eedf7.displayName = "Button";
return Button_button_438aab25b0b47f69c26a91c2414b94ed_a73eedf7;
})();

export const Flex_flex_05b283d3db2eb45cbf1add7205d7d80e_a73eedf7 = /*#__PURE__*/ (() => {
const Flex_flex_05b283d3db2eb45cbf1add7205d7d80e_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.outcome"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_05b283d3db2eb45cbf1add7205d7d80e_a73eedf7.displayName = "Flex";
return Flex_flex_05b283d3db2eb45cbf1add7205d7d80e_a73eedf7;
})();

export const Bare_comp_fc2e3bc5d36caa146e14d24b40aeeafb_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_fc2e3bc5d36caa146e14d24b40aeeafb_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_?.["outcome"]
    )
});
Bare_comp_fc2e3bc5d36caa146e14d24b40aeeafb_a73eedf7.displayName = "Bare";
return Bare_comp_fc2e3bc5d36caa146e14d24b40aeeafb_a73eedf7;
})();

export const Cond_comp_b4173fe6f70ce230ac895c2cefa70f7a_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_b4173fe6f70ce230ac895c2cefa70f7a_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.errors_rx_state_.hasOwnProperty("outcome")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b4173fe6f70ce230ac895c2cefa70f7a_a73eedf7.displayName = "Cond";
return Cond_comp_b4173fe6f70ce230ac895c2cefa70f7a_a73eedf7;
})();

export const Bare_comp_1c896f239b34f8856012c61030b5a240_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1c896f239b34f8856012c61030b5a240_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.helped"]
    )
});
Bare_comp_1c896f239b34f8856012c61030b5a240_a73eedf7.displayName = "Bare";
return Bare_comp_1c896f239b34f8856012c61030b5a240_a73eedf7;
})();

export const Foreach_comp_2db8ad02055c9fb73052de20d4495a77_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_2db8ad02055c9fb73052de20d4495a77_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.visit_choices_rx_state_ ?? [],((c_rx_state_,index_0af5d64a8ec3c50db4cb5627f562e0fd)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" }),key:index_0af5d64a8ec3c50db4cb5627f562e0fd},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":c_rx_state_?.["label"],name:c_rx_state_?.["name"],size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},c_rx_state_?.["label"]))))))
    )
});
Foreach_comp_2db8ad02055c9fb73052de20d4495a77_a73eedf7.displayName = "Foreach";
return Foreach_comp_2db8ad02055c9fb73052de20d4495a77_a73eedf7;
})();

export const Cond_comp_ddc9ed4a8828899827bfe60cb89ac4f8_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_ddc9ed4a8828899827bfe60cb89ac4f8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.visit_choices_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ddc9ed4a8828899827bfe60cb89ac4f8_a73eedf7.displayName = "Cond";
return Cond_comp_ddc9ed4a8828899827bfe60cb89ac4f8_a73eedf7;
})();

export const Bare_comp_c436e1ae21ab08e0611c53af236f820b_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c436e1ae21ab08e0611c53af236f820b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.visited_on"]
    )
});
Bare_comp_c436e1ae21ab08e0611c53af236f820b_a73eedf7.displayName = "Bare";
return Bare_comp_c436e1ae21ab08e0611c53af236f820b_a73eedf7;
})();

export const Textfieldroot_textfield__root_756fbe3307c94e31fb3d137985bee153_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_756fbe3307c94e31fb3d137985bee153_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.today_rx_state_, max:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.today_rx_state_, name:"visited_on", type:"date" }))},)
    )
});
Textfieldroot_textfield__root_756fbe3307c94e31fb3d137985bee153_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_756fbe3307c94e31fb3d137985bee153_a73eedf7;
})();

export const Bare_comp_856d69d7461b671d27b0d074a63631d5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_856d69d7461b671d27b0d074a63631d5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up_on"]
    )
});
Bare_comp_856d69d7461b671d27b0d074a63631d5_a73eedf7.displayName = "Bare";
return Bare_comp_856d69d7461b671d27b0d074a63631d5_a73eedf7;
})();

export const Textfieldroot_textfield__root_9aa1261cc3722a86d7e356b9ffc8d628_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_9aa1261cc3722a86d7e356b9ffc8d628_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), min:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.today_rx_state_, name:"follow_up_on", type:"date" }))},)
    )
});
Textfieldroot_textfield__root_9aa1261cc3722a86d7e356b9ffc8d628_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_9aa1261cc3722a86d7e356b9ffc8d628_a73eedf7;
})();

export const Bare_comp_b311041a4525b3ee16e4a4c665984be8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b311041a4525b3ee16e4a4c665984be8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up_hint"]
    )
});
Bare_comp_b311041a4525b3ee16e4a4c665984be8_a73eedf7.displayName = "Bare";
return Bare_comp_b311041a4525b3ee16e4a4c665984be8_a73eedf7;
})();

export const Bare_comp_81cbcae7474c31a18c579b90bbaf8541_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_81cbcae7474c31a18c579b90bbaf8541_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.note"]
    )
});
Bare_comp_81cbcae7474c31a18c579b90bbaf8541_a73eedf7.displayName = "Bare";
return Bare_comp_81cbcae7474c31a18c579b90bbaf8541_a73eedf7;
})();

export const Bare_comp_b8ad25c7bec8419a90e85b6b4ebf47ca_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b8ad25c7bec8419a90e85b6b4ebf47ca_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.save_visit"]
    )
});
Bare_comp_b8ad25c7bec8419a90e85b6b4ebf47ca_a73eedf7.displayName = "Bare";
return Bare_comp_b8ad25c7bec8419a90e85b6b4ebf47ca_a73eedf7;
})();

export const Button_button_e43c0d5969c7152d4d20fe172bad3b0a_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_e43c0d5969c7152d4d20fe172bad3b0a_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_e1a499c253b62756a69ad91efd596998 = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["recording_rx_state_"] : 0, ["outcome_rx_state_"] : "", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_e1a499c253b62756a69ad91efd596998, size:"4", type:"button", variant:"outline" }))},children)
    )
});
Button_button_e43c0d5969c7152d4d20fe172bad3b0a_a73eedf7.displayName = "Button";
return Button_button_e43c0d5969c7152d4d20fe172bad3b0a_a73eedf7;
})();

export const Form_root_37c6ed474e5c30d7c4aeb6f5c696005f_a73eedf7 = /*#__PURE__*/ (() => {
const Form_root_37c6ed474e5c30d7c4aeb6f5c696005f_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")

    const handleSubmit_d5ddbc75f0ef38e9e2ec021029338d9b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.save_changes", ({ ["changes"] : (outboxVisit("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.recording_rx_state_, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.outcome_rx_state_, form_data, reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["error.visit.outcome"])) }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"visit-form", onSubmit:handleSubmit_d5ddbc75f0ef38e9e2ec021029338d9b }))},children)
    )
});
Form_root_37c6ed474e5c30d7c4aeb6f5c696005f_a73eedf7.displayName = "Form";
return Form_root_37c6ed474e5c30d7c4aeb6f5c696005f_a73eedf7;
})();

export const Bare_comp_4c8742057a47b85b89e89360b66b19c2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_4c8742057a47b85b89e89360b66b19c2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.record"]
    )
});
Bare_comp_4c8742057a47b85b89e89360b66b19c2_a73eedf7.displayName = "Bare";
return Bare_comp_4c8742057a47b85b89e89360b66b19c2_a73eedf7;
})();

export const Button_button_4f83ba74eba012cf25c2f3a85dfb299b_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_4f83ba74eba012cf25c2f3a85dfb299b_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const on_click_82c17d54ede012cd448f99edc0514773 = useCallback(((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state", ({ ["recording_rx_state_"] : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_, ["outcome_rx_state_"] : "", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"record-visit", onClick:on_click_82c17d54ede012cd448f99edc0514773, size:"3" }))},children)
    )
});
Button_button_4f83ba74eba012cf25c2f3a85dfb299b_a73eedf7.displayName = "Button";
return Button_button_4f83ba74eba012cf25c2f3a85dfb299b_a73eedf7;
})();

export const Cond_comp_b5efc7145883cceef7ccc7a1af2121ba_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_b5efc7145883cceef7ccc7a1af2121ba_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.recording_rx_state_?.valueOf?.() === reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.household_id_rx_state_?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b5efc7145883cceef7ccc7a1af2121ba_a73eedf7.displayName = "Cond";
return Cond_comp_b5efc7145883cceef7ccc7a1af2121ba_a73eedf7;
})();

export const Cond_comp_a3dfb8344f998bfb4daf236e4188baf9_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_a3dfb8344f998bfb4daf236e4188baf9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.can_visit_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a3dfb8344f998bfb4daf236e4188baf9_a73eedf7.displayName = "Cond";
return Cond_comp_a3dfb8344f998bfb4daf236e4188baf9_a73eedf7;
})();

export const Bare_comp_3ce5827feb82c86b92019610928429a6_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3ce5827feb82c86b92019610928429a6_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.members_title"]
    )
});
Bare_comp_3ce5827feb82c86b92019610928429a6_a73eedf7.displayName = "Bare";
return Bare_comp_3ce5827feb82c86b92019610928429a6_a73eedf7;
})();

export const Bare_comp_038e62a2dcb4506893d7981309adc868_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_038e62a2dcb4506893d7981309adc868_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.overview_help"]
    )
});
Bare_comp_038e62a2dcb4506893d7981309adc868_a73eedf7.displayName = "Bare";
return Bare_comp_038e62a2dcb4506893d7981309adc868_a73eedf7;
})();

export const Foreach_comp_dac445cf3f2d8a1a5ab53a1adc8fdc84_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_dac445cf3f2d8a1a5ab53a1adc8fdc84_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)) ?? [],((member_rx_state_,index_rx_state_)=>(jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["display"] : "block", ["padding"] : "10px 4px", ["minHeight"] : "52px", ["borderBottom"] : "1px solid var(--gray-5)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-member":member_rx_state_?.["full_name"],"data-testid":"family-member",key:index_rx_state_,underline:"none"},jsx(ReactRouterLink,{to:(("?nguoi="+(JSON.stringify((index_rx_state_ + 1))))+"#buoc")},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(LucideUserRound,{css:({ ["flexShrink"] : "0" }),size:26},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},member_rx_state_?.["full_name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},member_rx_state_?.["age"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.years_old"]," \u00b7 ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("occupation."+member_rx_state_?.["occupation"])]),jsx(Fragment,{},(member_rx_state_?.["checked"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"3",variant:"soft"},jsx(LucideCheck,{size:16},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.done"]))):(jsx(Fragment,{},(pyOr((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).some((m) => m.checked), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.confirmed_on_rx_state_?.valueOf?.() === ""?.valueOf?.())))?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"orange",highContrast:true,size:"3",variant:"soft"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.not_done"]))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"gray",highContrast:true,size:"3",variant:"soft"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.confirmed"]))))))))),jsx(LucideChevronRight,{css:({ ["flexShrink"] : "0" }),size:22},)))))))
    )
});
Foreach_comp_dac445cf3f2d8a1a5ab53a1adc8fdc84_a73eedf7.displayName = "Foreach";
return Foreach_comp_dac445cf3f2d8a1a5ab53a1adc8fdc84_a73eedf7;
})();

export const Link_link_89cb0b5467b7e4f5cd68e2b842d8b21e_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_89cb0b5467b7e4f5cd68e2b842d8b21e_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["width"] : "100%", ["display"] : "block", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"step-start", underline:"none" }))},jsx(ReactRouterLink,{to:(((((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked) >= 0) ? (outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked) : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length) < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length) ? (("?nguoi="+(JSON.stringify(((((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked) >= 0) ? (outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked) : reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length) + 1))))+"#buoc") : "?buoc=xac-nhan#buoc")},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["as"] : "span", ["width"] : "100%", ["paddingInlineStart"] : "12px", ["paddingInlineEnd"] : "12px", ["background"] : "#0b5d3b" }),size:"4"},(((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked)?.valueOf?.() === 0?.valueOf?.()) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.start"] : (((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked) > 0) ? ((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.continue"]+" ")+(outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.at?.((outboxMergeAll(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_, gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_)).findIndex((m) => !m.checked))?.["full_name"]) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["step.review"])),jsx(LucideChevronRight,{size:22},))))
    )
});
Link_link_89cb0b5467b7e4f5cd68e2b842d8b21e_a73eedf7.displayName = "Link";
return Link_link_89cb0b5467b7e4f5cd68e2b842d8b21e_a73eedf7;
})();

export const Bare_comp_36a4e1abce5e97b828f4445b7d7468b3_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_36a4e1abce5e97b828f4445b7d7468b3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.title"]
    )
});
Bare_comp_36a4e1abce5e97b828f4445b7d7468b3_a73eedf7.displayName = "Bare";
return Bare_comp_36a4e1abce5e97b828f4445b7d7468b3_a73eedf7;
})();

export const Bare_comp_59f9296852290ae1b1c29f71383f2330_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_59f9296852290ae1b1c29f71383f2330_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.notice_rx_state_
    )
});
Bare_comp_59f9296852290ae1b1c29f71383f2330_a73eedf7.displayName = "Bare";
return Bare_comp_59f9296852290ae1b1c29f71383f2330_a73eedf7;
})();

export const Text_text_e3a2ab9d911f8f53f56a5dee7fe5db25_a73eedf7 = /*#__PURE__*/ (() => {
const Text_text_e3a2ab9d911f8f53f56a5dee7fe5db25_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "#0b5d3b" : "var(--red-12)") }), size:"3", weight:"medium" }))},children)
    )
});
Text_text_e3a2ab9d911f8f53f56a5dee7fe5db25_a73eedf7.displayName = "Text";
return Text_text_e3a2ab9d911f8f53f56a5dee7fe5db25_a73eedf7;
})();

export const Cond_comp_362fd0ef229b18c49e5cbc28ee1dc65e_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_362fd0ef229b18c49e5cbc28ee1dc65e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_362fd0ef229b18c49e5cbc28ee1dc65e_a73eedf7.displayName = "Cond";
return Cond_comp_362fd0ef229b18c49e5cbc28ee1dc65e_a73eedf7;
})();

export const Bare_comp_3063828165a7b2fdd6bb70172ce57a4e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3063828165a7b2fdd6bb70172ce57a4e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.help"]
    )
});
Bare_comp_3063828165a7b2fdd6bb70172ce57a4e_a73eedf7.displayName = "Bare";
return Bare_comp_3063828165a7b2fdd6bb70172ce57a4e_a73eedf7;
})();

export const Bare_comp_c88943ad95243b6fc82110fd436f5b10_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c88943ad95243b6fc82110fd436f5b10_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.none"]
    )
});
Bare_comp_c88943ad95243b6fc82110fd436f5b10_a73eedf7.displayName = "Bare";
return Bare_comp_c88943ad95243b6fc82110fd436f5b10_a73eedf7;
})();

export const Cond_comp_cb9ae889363935edb0f6217bb3613a26_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_cb9ae889363935edb0f6217bb3613a26_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.offers_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cb9ae889363935edb0f6217bb3613a26_a73eedf7.displayName = "Cond";
return Cond_comp_cb9ae889363935edb0f6217bb3613a26_a73eedf7;
})();

export const Bare_comp_43b100cd0f56499f18199ca7bce94351_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_43b100cd0f56499f18199ca7bce94351_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.kept_help"]
    )
});
Bare_comp_43b100cd0f56499f18199ca7bce94351_a73eedf7.displayName = "Bare";
return Bare_comp_43b100cd0f56499f18199ca7bce94351_a73eedf7;
})();

export const Cond_comp_9cee91bcaf45bc19679a0b61d6beb66e_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_9cee91bcaf45bc19679a0b61d6beb66e_a73eedf7 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        (pyAnd((gdsBox.offline || gdsBox.late || connectErrors.length > 0), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.offers_rx_state_.length > 0)))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9cee91bcaf45bc19679a0b61d6beb66e_a73eedf7.displayName = "Cond";
return Cond_comp_9cee91bcaf45bc19679a0b61d6beb66e_a73eedf7;
})();

export const Foreach_comp_b4b2390b580ccf7034151f59feac58a9_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_b4b2390b580ccf7034151f59feac58a9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.lost_rx_state_ ?? [],((line_rx_state_,index_48f12adbfa4092c4e1e176c74e925fc2)=>(jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-12)" }),"data-testid":"signup-note",key:index_48f12adbfa4092c4e1e176c74e925fc2,size:"3",weight:"medium"},line_rx_state_))))
    )
});
Foreach_comp_b4b2390b580ccf7034151f59feac58a9_a73eedf7.displayName = "Foreach";
return Foreach_comp_b4b2390b580ccf7034151f59feac58a9_a73eedf7;
})();

export const Foreach_comp_e8606e81e0d4bc0113ebf8991e766abc_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_e8606e81e0d4bc0113ebf8991e766abc_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const connectErrors = useContext(EventLoopContext)[1];
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.offers_rx_state_ ?? [],((offer_rx_state_,index_b65b919da6e5ebe2ac6f1d7d083455aa)=>(jsx(RadixThemesBox,{css:({ ["width"] : "100%", ["padding"] : "12px", ["border"] : "1px solid var(--gray-6)", ["borderRadius"] : "12px" }),"data-testid":"class-offer",key:index_b65b919da6e5ebe2ac6f1d7d083455aa},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideGraduationCap,{css:({ ["flexShrink"] : "0" }),size:24},),jsx(RadixThemesHeading,{as:"h3",size:"4"},offer_rx_state_?.["title"])),Array.prototype.map.call(offer_rx_state_?.["sessions"] ?? [],((line_rx_state_,index_41b41be86381905ffc27130ee8b5df0b)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",key:index_41b41be86381905ffc27130ee8b5df0b,gap:"2"},jsx(LucideCalendarDays,{css:({ ["flexShrink"] : "0", ["marginTop"] : "2px" }),size:18},),jsx(RadixThemesText,{as:"p",size:"3"},line_rx_state_))))),jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},offer_rx_state_?.["seats"]),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.open_id_rx_state_?.valueOf?.() === offer_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"0"},Array.prototype.map.call(offer_rx_state_?.["people"] ?? [],((p_rx_state_,index_da5caf37d1a4d631cec47a296675c0e1)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["borderBottom"] : "1px solid var(--gray-4)", ["paddingTop"] : "4px", ["paddingBottom"] : "4px" }),"data-member":p_rx_state_?.["name"],"data-status":p_rx_state_?.["status"],"data-testid":"class-person",direction:"column",key:index_da5caf37d1a4d631cec47a296675c0e1,gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%", ["minHeight"] : "52px" }),direction:"row",gap:"2"},jsx(LucideUserRound,{css:({ ["flexShrink"] : "0" }),size:22},),jsx(RadixThemesText,{as:"p",css:({ ["flex"] : "1" }),size:"3",weight:"medium"},p_rx_state_?.["name"]),jsx(Fragment,{},(((gdsBox.keys[((("c"+(JSON.stringify(offer_rx_state_?.["id"])))+":")+(JSON.stringify(p_rx_state_?.["member_id"])))] ?? '')?.valueOf?.() === "waiting"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBadge,{color:"amber","data-testid":"signup-kept",highContrast:true,size:"2"},jsx(LucideClock,{size:14},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.kept"]),jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.kept_cancel"]+": "+p_rx_state_?.["name"]),css:({ ["minHeight"] : "52px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxUnsign(offer_rx_state_?.["id"], p_rx_state_?.["member_id"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button",variant:"ghost"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.cancel"])))):(jsx(Fragment,{},((p_rx_state_?.["status"]?.valueOf?.() === ""?.valueOf?.())?(jsx(Fragment,{},((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.sign_up"]+": "+p_rx_state_?.["name"]),css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["background"] : "#0b5d3b" }),"data-testid":"sign-up-kept",onClick:((_e) => (((...args) => ((() => outboxSignup(offer_rx_state_?.["id"], p_rx_state_?.["member_id"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button"},jsx(LucidePencilLine,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.sign_up"]))):(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.sign_up"]+": "+p_rx_state_?.["name"]),css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["background"] : "#0b5d3b" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state.sign_up", ({ ["class_id"] : offer_rx_state_?.["id"], ["member_id"] : p_rx_state_?.["member_id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button"},jsx(LucidePencilLine,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.sign_up"])))))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},((p_rx_state_?.["status"]?.valueOf?.() === "waiting"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"orange",highContrast:true,size:"2"},jsx(LucideHourglass,{size:14},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.waiting"]))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"2"},jsx(LucideCheck,{size:14},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.signed_up"]))))),jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.cancel"]+": "+p_rx_state_?.["name"]),css:({ ["minHeight"] : "52px" }),disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state.cancel", ({ ["class_id"] : offer_rx_state_?.["id"], ["member_id"] : p_rx_state_?.["member_id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"ghost"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.cancel"])))))))))),jsx(Fragment,{},(!((p_rx_state_?.["note"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-12)" }),"data-testid":"signup-note",size:"3"},jsx(RadixThemesStrong,{},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.not_sent"])," ",p_rx_state_?.["note"]))):(jsx(Fragment,{},))))))))))):(jsx(Fragment,{},((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.show"]+": "+offer_rx_state_?.["title"]),css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state", ({ ["open_id_rx_state_"] : offer_rx_state_?.["id"] })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.show"]))):(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.show"]+": "+offer_rx_state_?.["title"]),css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state.open_class", ({ ["class_id"] : offer_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.show"])))))))),jsx(RadixThemesButton,{"aria-label":(reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.calendar"]+": "+offer_rx_state_?.["title"]),css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state.calendar", ({ ["class_id"] : offer_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:"outline"},jsx(LucideCalendarPlus,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.calendar"]))))))
    )
});
Foreach_comp_e8606e81e0d4bc0113ebf8991e766abc_a73eedf7.displayName = "Foreach";
return Foreach_comp_e8606e81e0d4bc0113ebf8991e766abc_a73eedf7;
})();

export const Link_link_0cd190bca0bb374383b56e569c9e0375_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_0cd190bca0bb374383b56e569c9e0375_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "inline-flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"3" }))},jsx(ReactRouterLink,{to:"/lop-hoc"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideList,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["hclasses.all"])))
    )
});
Link_link_0cd190bca0bb374383b56e569c9e0375_a73eedf7.displayName = "Link";
return Link_link_0cd190bca0bb374383b56e569c9e0375_a73eedf7;
})();

export const Cond_comp_09578a0fc27fd69a2da6745a7f8daa7f_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_09578a0fc27fd69a2da6745a7f8daa7f_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___classes____household_classes_state")
    return(
        (pyAnd(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.loaded_rx_state_, () => (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___classes____household_classes_state.denied_rx_state_)))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_09578a0fc27fd69a2da6745a7f8daa7f_a73eedf7.displayName = "Cond";
return Cond_comp_09578a0fc27fd69a2da6745a7f8daa7f_a73eedf7;
})();

export const Bare_comp_7d7fb45b43a22031e92da5e3690cd8f5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7d7fb45b43a22031e92da5e3690cd8f5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["household.progress"]
    )
});
Bare_comp_7d7fb45b43a22031e92da5e3690cd8f5_a73eedf7.displayName = "Bare";
return Bare_comp_7d7fb45b43a22031e92da5e3690cd8f5_a73eedf7;
})();

export const Foreach_comp_ddb024f6cede65cf9a1dc91fd81cb74b_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_ddb024f6cede65cf9a1dc91fd81cb74b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.progress_rx_state_ ?? [],((line_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",line_rx_state_))))
    )
});
Foreach_comp_ddb024f6cede65cf9a1dc91fd81cb74b_a73eedf7.displayName = "Foreach";
return Foreach_comp_ddb024f6cede65cf9a1dc91fd81cb74b_a73eedf7;
})();

export const Bare_comp_52ae0d7befa8c716cc46d0737f636b82_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_52ae0d7befa8c716cc46d0737f636b82_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.requests"]
    )
});
Bare_comp_52ae0d7befa8c716cc46d0737f636b82_a73eedf7.displayName = "Bare";
return Bare_comp_52ae0d7befa8c716cc46d0737f636b82_a73eedf7;
})();

export const Foreach_comp_c2a0910cd3192f32042b43034a710701_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_c2a0910cd3192f32042b43034a710701_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.requests_rx_state_ ?? [],((request_rx_state_,index_6b441f38f0dce469ee26931f1faf35c0)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"help-request",key:index_6b441f38f0dce469ee26931f1faf35c0},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+request_rx_state_?.["topic"])]," \u00b7 ",request_rx_state_?.["member_name"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(request_rx_state_?.["status"])) {case JSON.stringify("resolved"):  return ("green");  break;case JSON.stringify("claimed"):  return ("blue");  break;default:  return ("orange");  break;};})(),highContrast:true,size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("help.status."+request_rx_state_?.["status"])]),jsx(Fragment,{},(!((request_rx_state_?.["outcome"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("help.outcome."+request_rx_state_?.["outcome"])]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((request_rx_state_?.["helper"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.helper"]," ",request_rx_state_?.["helper"]))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.asked_on"]," ",request_rx_state_?.["created"]),jsx(Fragment,{},((request_rx_state_?.["status"]?.valueOf?.() === "open"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.cancel_help", ({ ["request_id"] : request_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.cancel"]))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_c2a0910cd3192f32042b43034a710701_a73eedf7.displayName = "Foreach";
return Foreach_comp_c2a0910cd3192f32042b43034a710701_a73eedf7;
})();

export const Cond_comp_b47a2cef0e30d296f09f60cdb94a2076_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_b47a2cef0e30d296f09f60cdb94a2076_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.requests_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b47a2cef0e30d296f09f60cdb94a2076_a73eedf7.displayName = "Cond";
return Cond_comp_b47a2cef0e30d296f09f60cdb94a2076_a73eedf7;
})();

export const Bare_comp_20809d4b58da47b45ed60374fc220003_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_20809d4b58da47b45ed60374fc220003_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.issue_title"]
    )
});
Bare_comp_20809d4b58da47b45ed60374fc220003_a73eedf7.displayName = "Bare";
return Bare_comp_20809d4b58da47b45ed60374fc220003_a73eedf7;
})();

export const Bare_comp_c83449e1037255592d7f3f2eda781a71_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c83449e1037255592d7f3f2eda781a71_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.issue_help"]
    )
});
Bare_comp_c83449e1037255592d7f3f2eda781a71_a73eedf7.displayName = "Bare";
return Bare_comp_c83449e1037255592d7f3f2eda781a71_a73eedf7;
})();

export const Bare_comp_c2adf918a0534c2f6b23b150e7d7316c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c2adf918a0534c2f6b23b150e7d7316c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.invitation_code_rx_state_
    )
});
Bare_comp_c2adf918a0534c2f6b23b150e7d7316c_a73eedf7.displayName = "Bare";
return Bare_comp_c2adf918a0534c2f6b23b150e7d7316c_a73eedf7;
})();

export const Img_img_6b6e6420368e6e98e8239a7112b599ac_a73eedf7 = /*#__PURE__*/ (() => {
const Img_img_6b6e6420368e6e98e8239a7112b599ac_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx("img",{...mergeSlotProps(rest, ({ alt:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.qr_alt"], css:({ ["width"] : "200px", ["height"] : "200px" }), src:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.invitation_qr_rx_state_ }))},)
    )
});
Img_img_6b6e6420368e6e98e8239a7112b599ac_a73eedf7.displayName = "Img";
return Img_img_6b6e6420368e6e98e8239a7112b599ac_a73eedf7;
})();

export const Bare_comp_22f5349611a92c7d32af509dbcd4e002_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_22f5349611a92c7d32af509dbcd4e002_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.expires"]
    )
});
Bare_comp_22f5349611a92c7d32af509dbcd4e002_a73eedf7.displayName = "Bare";
return Bare_comp_22f5349611a92c7d32af509dbcd4e002_a73eedf7;
})();

export const Bare_comp_15d14e34b7cd87dc2822960d87b6a5f4_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_15d14e34b7cd87dc2822960d87b6a5f4_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.invitation_expires_rx_state_
    )
});
Bare_comp_15d14e34b7cd87dc2822960d87b6a5f4_a73eedf7.displayName = "Bare";
return Bare_comp_15d14e34b7cd87dc2822960d87b6a5f4_a73eedf7;
})();

export const Cond_comp_041febca55d96e96b93bf90855af3113_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_041febca55d96e96b93bf90855af3113_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.invitation_code_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_041febca55d96e96b93bf90855af3113_a73eedf7.displayName = "Cond";
return Cond_comp_041febca55d96e96b93bf90855af3113_a73eedf7;
})();

export const Bare_comp_6daaaedc8c5c91901a23a91627b84d79_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6daaaedc8c5c91901a23a91627b84d79_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.issue"]
    )
});
Bare_comp_6daaaedc8c5c91901a23a91627b84d79_a73eedf7.displayName = "Bare";
return Bare_comp_6daaaedc8c5c91901a23a91627b84d79_a73eedf7;
})();

export const Button_button_7bb6d1a7e53e612368f5bc923fe6e1f8_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_7bb6d1a7e53e612368f5bc923fe6e1f8_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_aa2ff162ad28822b07842e94b31d72d7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.issue_invitation", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_aa2ff162ad28822b07842e94b31d72d7, size:"4", variant:"soft" }))},children)
    )
});
Button_button_7bb6d1a7e53e612368f5bc923fe6e1f8_a73eedf7.displayName = "Button";
return Button_button_7bb6d1a7e53e612368f5bc923fe6e1f8_a73eedf7;
})();

export const Cond_comp_e64f759fa9cccdb399bd26ec2e878d6d_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_e64f759fa9cccdb399bd26ec2e878d6d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.can_invite_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e64f759fa9cccdb399bd26ec2e878d6d_a73eedf7.displayName = "Cond";
return Cond_comp_e64f759fa9cccdb399bd26ec2e878d6d_a73eedf7;
})();

export const Bare_comp_2e309a6edffaba97107948f5e1aff02c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_2e309a6edffaba97107948f5e1aff02c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.title"]
    )
});
Bare_comp_2e309a6edffaba97107948f5e1aff02c_a73eedf7.displayName = "Bare";
return Bare_comp_2e309a6edffaba97107948f5e1aff02c_a73eedf7;
})();

export const Bare_comp_a8279fbbcc27b3ff898b5bae870ca608_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a8279fbbcc27b3ff898b5bae870ca608_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state.user_role_rx_state_?.valueOf?.() === "resident"?.valueOf?.()) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.help"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.help_other"])
    )
});
Bare_comp_a8279fbbcc27b3ff898b5bae870ca608_a73eedf7.displayName = "Bare";
return Bare_comp_a8279fbbcc27b3ff898b5bae870ca608_a73eedf7;
})();

export const Foreach_comp_37a981b0387f000508760cad8e1b8784_a73eedf7 = /*#__PURE__*/ (() => {
const Foreach_comp_37a981b0387f000508760cad8e1b8784_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_rx_state_ ?? [],((line_rx_state_,index_546532965ee75397b7b2e9adf1f70103)=>(jsx(RadixThemesBox,{css:({ ["paddingTop"] : "6px", ["paddingBottom"] : "6px", ["borderBottom"] : "1px solid var(--gray-5)", ["width"] : "100%" }),"data-testid":"history-line",key:index_546532965ee75397b7b2e9adf1f70103},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},jsx(RadixThemesStrong,{},line_rx_state_?.["when"])," \u2014 ",line_rx_state_?.["who"]),jsx(RadixThemesText,{as:"p",size:"3"},line_rx_state_?.["what"])))))
    )
});
Foreach_comp_37a981b0387f000508760cad8e1b8784_a73eedf7.displayName = "Foreach";
return Foreach_comp_37a981b0387f000508760cad8e1b8784_a73eedf7;
})();

export const Bare_comp_bcbb9c5900303c3f869c20d6d024df2c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_bcbb9c5900303c3f869c20d6d024df2c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.history_empty"]
    )
});
Bare_comp_bcbb9c5900303c3f869c20d6d024df2c_a73eedf7.displayName = "Bare";
return Bare_comp_bcbb9c5900303c3f869c20d6d024df2c_a73eedf7;
})();

export const Cond_comp_096f81e4442812faa70df9349edfdf55_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_096f81e4442812faa70df9349edfdf55_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_096f81e4442812faa70df9349edfdf55_a73eedf7.displayName = "Cond";
return Cond_comp_096f81e4442812faa70df9349edfdf55_a73eedf7;
})();

export const Bare_comp_383f332d4928ebe76d131973c95d899e_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_383f332d4928ebe76d131973c95d899e_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.newer"]
    )
});
Bare_comp_383f332d4928ebe76d131973c95d899e_a73eedf7.displayName = "Bare";
return Bare_comp_383f332d4928ebe76d131973c95d899e_a73eedf7;
})();

export const Button_button_c34256f7d1bc315d434ee2218ac3facf_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_c34256f7d1bc315d434ee2218ac3facf_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const on_click_6133be865cfbe6413c56f3394856e714 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.show_history", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_6133be865cfbe6413c56f3394856e714, size:"3", variant:"outline" }))},children)
    )
});
Button_button_c34256f7d1bc315d434ee2218ac3facf_a73eedf7.displayName = "Button";
return Button_button_c34256f7d1bc315d434ee2218ac3facf_a73eedf7;
})();

export const Cond_comp_0ceda61b11bb7bd4c735ae295d3f7655_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_0ceda61b11bb7bd4c735ae295d3f7655_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_page_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ceda61b11bb7bd4c735ae295d3f7655_a73eedf7.displayName = "Cond";
return Cond_comp_0ceda61b11bb7bd4c735ae295d3f7655_a73eedf7;
})();

export const Bare_comp_3944ae3dfdc231dd249f92000aaa1747_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_3944ae3dfdc231dd249f92000aaa1747_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.older"]
    )
});
Bare_comp_3944ae3dfdc231dd249f92000aaa1747_a73eedf7.displayName = "Bare";
return Bare_comp_3944ae3dfdc231dd249f92000aaa1747_a73eedf7;
})();

export const Button_button_f8ca589c29da6d410241a78d18b50b4a_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_f8ca589c29da6d410241a78d18b50b4a_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const on_click_f770f7271c8c3f16f74b8d2047085b62 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.show_history", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"history-older", highContrast:true, onClick:on_click_f770f7271c8c3f16f74b8d2047085b62, size:"3", variant:"outline" }))},children)
    )
});
Button_button_f8ca589c29da6d410241a78d18b50b4a_a73eedf7.displayName = "Button";
return Button_button_f8ca589c29da6d410241a78d18b50b4a_a73eedf7;
})();

export const Cond_comp_f4ccf45e7dba0f1a8f9b73b035a73e39_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_f4ccf45e7dba0f1a8f9b73b035a73e39_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_more_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4ccf45e7dba0f1a8f9b73b035a73e39_a73eedf7.displayName = "Cond";
return Cond_comp_f4ccf45e7dba0f1a8f9b73b035a73e39_a73eedf7;
})();

export const Bare_comp_6aec2611d48e8298d793adf48ea71ca2_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6aec2611d48e8298d793adf48ea71ca2_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.hide_history"]
    )
});
Bare_comp_6aec2611d48e8298d793adf48ea71ca2_a73eedf7.displayName = "Bare";
return Bare_comp_6aec2611d48e8298d793adf48ea71ca2_a73eedf7;
})();

export const Button_button_04d692e475826a896e1248ff1f051743_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_04d692e475826a896e1248ff1f051743_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_d01668bf4a19fda945cae89939294c65 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.hide_history", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_d01668bf4a19fda945cae89939294c65, size:"3", variant:"ghost" }))},children)
    )
});
Button_button_04d692e475826a896e1248ff1f051743_a73eedf7.displayName = "Button";
return Button_button_04d692e475826a896e1248ff1f051743_a73eedf7;
})();

export const Bare_comp_138098f2d1a5ba828ac0bce654decd46_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_138098f2d1a5ba828ac0bce654decd46_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.show_history"]
    )
});
Bare_comp_138098f2d1a5ba828ac0bce654decd46_a73eedf7.displayName = "Bare";
return Bare_comp_138098f2d1a5ba828ac0bce654decd46_a73eedf7;
})();

export const Button_button_b5a189410541a0f51b902037b6f1f8de_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_b5a189410541a0f51b902037b6f1f8de_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_fe03b01b547113caba6012fed01b3666 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.show_history", ({ ["page"] : 1 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"show-history", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_fe03b01b547113caba6012fed01b3666, size:"4", variant:"outline" }))},children)
    )
});
Button_button_b5a189410541a0f51b902037b6f1f8de_a73eedf7.displayName = "Button";
return Button_button_b5a189410541a0f51b902037b6f1f8de_a73eedf7;
})();

export const Cond_comp_30fdac00d3d77df6c4d85d59353c54ab_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_30fdac00d3d77df6c4d85d59353c54ab_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.history_page_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30fdac00d3d77df6c4d85d59353c54ab_a73eedf7.displayName = "Cond";
return Cond_comp_30fdac00d3d77df6c4d85d59353c54ab_a73eedf7;
})();

export const Bare_comp_053c90641cc1cad1665b99c275b6ad02_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_053c90641cc1cad1665b99c275b6ad02_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.download"]
    )
});
Bare_comp_053c90641cc1cad1665b99c275b6ad02_a73eedf7.displayName = "Bare";
return Bare_comp_053c90641cc1cad1665b99c275b6ad02_a73eedf7;
})();

export const Button_button_9017bf8f2c09808649071c98c0c03b9e_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_9017bf8f2c09808649071c98c0c03b9e_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_deffe1468fdecf95ca730da129661f3a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.download_data", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"download-data", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), highContrast:true, onClick:on_click_deffe1468fdecf95ca730da129661f3a, size:"4", variant:"outline" }))},children)
    )
});
Button_button_9017bf8f2c09808649071c98c0c03b9e_a73eedf7.displayName = "Button";
return Button_button_9017bf8f2c09808649071c98c0c03b9e_a73eedf7;
})();

export const Bare_comp_1121d4dc97add0277812d3ad391322f8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1121d4dc97add0277812d3ad391322f8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["privacy.erase_help"]
    )
});
Bare_comp_1121d4dc97add0277812d3ad391322f8_a73eedf7.displayName = "Bare";
return Bare_comp_1121d4dc97add0277812d3ad391322f8_a73eedf7;
})();

export const Bare_comp_7096e3f34f8ca375da694b0740a5bba8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_7096e3f34f8ca375da694b0740a5bba8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.section"]
    )
});
Bare_comp_7096e3f34f8ca375da694b0740a5bba8_a73eedf7.displayName = "Bare";
return Bare_comp_7096e3f34f8ca375da694b0740a5bba8_a73eedf7;
})();

export const Bare_comp_c2df0bad6930225986f01aebe6c292a5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c2df0bad6930225986f01aebe6c292a5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_title"]
    )
});
Bare_comp_c2df0bad6930225986f01aebe6c292a5_a73eedf7.displayName = "Bare";
return Bare_comp_c2df0bad6930225986f01aebe6c292a5_a73eedf7;
})();

export const Bare_comp_eb190b3e17ba548309fea05a3252bac5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_eb190b3e17ba548309fea05a3252bac5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_lead"]
    )
});
Bare_comp_eb190b3e17ba548309fea05a3252bac5_a73eedf7.displayName = "Bare";
return Bare_comp_eb190b3e17ba548309fea05a3252bac5_a73eedf7;
})();

export const Bare_comp_20850b59074fb9e7df6eb9ce64f10bf9_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_20850b59074fb9e7df6eb9ce64f10bf9_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_effect.leaders"]
    )
});
Bare_comp_20850b59074fb9e7df6eb9ce64f10bf9_a73eedf7.displayName = "Bare";
return Bare_comp_20850b59074fb9e7df6eb9ce64f10bf9_a73eedf7;
})();

export const Bare_comp_04554d1cfcd875a3e66910527b6f84f5_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_04554d1cfcd875a3e66910527b6f84f5_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_effect.saving"]
    )
});
Bare_comp_04554d1cfcd875a3e66910527b6f84f5_a73eedf7.displayName = "Bare";
return Bare_comp_04554d1cfcd875a3e66910527b6f84f5_a73eedf7;
})();

export const Bare_comp_b97e929250c33c300d6521b50893ff36_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b97e929250c33c300d6521b50893ff36_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_effect.totals"]
    )
});
Bare_comp_b97e929250c33c300d6521b50893ff36_a73eedf7.displayName = "Bare";
return Bare_comp_b97e929250c33c300d6521b50893ff36_a73eedf7;
})();

export const Bare_comp_6f4e5bc2a5458097a176169047bac88a_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_6f4e5bc2a5458097a176169047bac88a_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_effect.erase"]
    )
});
Bare_comp_6f4e5bc2a5458097a176169047bac88a_a73eedf7.displayName = "Bare";
return Bare_comp_6f4e5bc2a5458097a176169047bac88a_a73eedf7;
})();

export const Bare_comp_ee7d9f96f1e6a9aeb0c4b19c3866ebc8_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_ee7d9f96f1e6a9aeb0c4b19c3866ebc8_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_confirm"]
    )
});
Bare_comp_ee7d9f96f1e6a9aeb0c4b19c3866ebc8_a73eedf7.displayName = "Bare";
return Bare_comp_ee7d9f96f1e6a9aeb0c4b19c3866ebc8_a73eedf7;
})();

export const Button_button_50292de620802d17801c6cd860fa504d_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_50292de620802d17801c6cd860fa504d_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_9a219bdfe6a76f9833d8d54db6a711af = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.withdraw_consent", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"consent-withdraw-confirm", highContrast:true, onClick:on_click_9a219bdfe6a76f9833d8d54db6a711af, size:"4" }))},children)
    )
});
Button_button_50292de620802d17801c6cd860fa504d_a73eedf7.displayName = "Button";
return Button_button_50292de620802d17801c6cd860fa504d_a73eedf7;
})();

export const Button_button_c4ee4e4e053791b9c8abd8e26239a81b_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_c4ee4e4e053791b9c8abd8e26239a81b_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_ed3499fe04b39623925e2d7f399d9b26 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.close_withdraw", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_ed3499fe04b39623925e2d7f399d9b26, size:"4", variant:"outline" }))},children)
    )
});
Button_button_c4ee4e4e053791b9c8abd8e26239a81b_a73eedf7.displayName = "Button";
return Button_button_c4ee4e4e053791b9c8abd8e26239a81b_a73eedf7;
})();

export const Cond_comp_1b8de0f488a13b8939114895734ca694_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_1b8de0f488a13b8939114895734ca694_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.can_erase_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1b8de0f488a13b8939114895734ca694_a73eedf7.displayName = "Cond";
return Cond_comp_1b8de0f488a13b8939114895734ca694_a73eedf7;
})();

export const Vstack_flex_6bd0006e668720a312015e1133ed4477_a73eedf7 = /*#__PURE__*/ (() => {
const Vstack_flex_6bd0006e668720a312015e1133ed4477_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"start", "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw_title"], className:"rx-Stack", css:({ ["width"] : "100%" }), "data-testid":"consent-withdraw-panel", direction:"column", role:"region", gap:"3" }))},children)
    )
});
Vstack_flex_6bd0006e668720a312015e1133ed4477_a73eedf7.displayName = "VStack";
return Vstack_flex_6bd0006e668720a312015e1133ed4477_a73eedf7;
})();

export const Bare_comp_b0525616e19fddeb032e62ac6f16279c_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b0525616e19fddeb032e62ac6f16279c_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["consent.withdraw"]
    )
});
Bare_comp_b0525616e19fddeb032e62ac6f16279c_a73eedf7.displayName = "Bare";
return Bare_comp_b0525616e19fddeb032e62ac6f16279c_a73eedf7;
})();

export const Button_button_87a8c7cee3e629fabb793c701523cb49_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_87a8c7cee3e629fabb793c701523cb49_a73eedf7 = memo(({children, ...rest}) => {
    const on_click_20e16fea59e9cc512815a57ccca707f0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.open_withdraw", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["minHeight"] : "52px", ["width"] : "100%", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"consent-withdraw", highContrast:true, onClick:on_click_20e16fea59e9cc512815a57ccca707f0, size:"4", variant:"outline" }))},children)
    )
});
Button_button_87a8c7cee3e629fabb793c701523cb49_a73eedf7.displayName = "Button";
return Button_button_87a8c7cee3e629fabb793c701523cb49_a73eedf7;
})();

export const Cond_comp_081cf16c891d5f9d60f5017b68e76a83_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_081cf16c891d5f9d60f5017b68e76a83_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.withdraw_open_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_081cf16c891d5f9d60f5017b68e76a83_a73eedf7.displayName = "Cond";
return Cond_comp_081cf16c891d5f9d60f5017b68e76a83_a73eedf7;
})();

export const Cond_comp_52ff2b5e4b0aed627dca0de2ffaf2d0b_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_52ff2b5e4b0aed627dca0de2ffaf2d0b_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.can_withdraw_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_52ff2b5e4b0aed627dca0de2ffaf2d0b_a73eedf7.displayName = "Cond";
return Cond_comp_52ff2b5e4b0aed627dca0de2ffaf2d0b_a73eedf7;
})();

export const Cond_comp_d1075e813a4208f01df06ffdd6579e5d_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_d1075e813a4208f01df06ffdd6579e5d_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_status_rx_state_?.valueOf?.() === "given"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d1075e813a4208f01df06ffdd6579e5d_a73eedf7.displayName = "Cond";
return Cond_comp_d1075e813a4208f01df06ffdd6579e5d_a73eedf7;
})();

export const Cond_comp_9441a62c22eedab0bdc5e8fec61e9775_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_9441a62c22eedab0bdc5e8fec61e9775_a73eedf7 = memo(({children}) => {
    const [gdsSearch] = useSearchParams();
    return(
        ((gdsSearch.get('buoc') === 'xac-nhan')?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9441a62c22eedab0bdc5e8fec61e9775_a73eedf7.displayName = "Cond";
return Cond_comp_9441a62c22eedab0bdc5e8fec61e9775_a73eedf7;
})();

export const Cond_comp_4c3e4b720334932e5a76b341bac9883e_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_4c3e4b720334932e5a76b341bac9883e_a73eedf7 = memo(({children}) => {
    const [gdsSearch] = useSearchParams();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (pyAnd(((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) >= 0), () => (((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length)))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4c3e4b720334932e5a76b341bac9883e_a73eedf7.displayName = "Cond";
return Cond_comp_4c3e4b720334932e5a76b341bac9883e_a73eedf7;
})();

export const Cond_comp_cc0803e99d15fdd948980b4d0c319458_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_cc0803e99d15fdd948980b4d0c319458_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.consent_needed_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cc0803e99d15fdd948980b4d0c319458_a73eedf7.displayName = "Cond";
return Cond_comp_cc0803e99d15fdd948980b4d0c319458_a73eedf7;
})();

export const Bare_comp_84584a8387b34964d06391dcbaf473c7_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_84584a8387b34964d06391dcbaf473c7_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.confirm_title"]
    )
});
Bare_comp_84584a8387b34964d06391dcbaf473c7_a73eedf7.displayName = "Bare";
return Bare_comp_84584a8387b34964d06391dcbaf473c7_a73eedf7;
})();

export const Bare_comp_1e9de008d002e1f8a96b7a87eee881b1_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_1e9de008d002e1f8a96b7a87eee881b1_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.help_topic_rx_state_)]
    )
});
Bare_comp_1e9de008d002e1f8a96b7a87eee881b1_a73eedf7.displayName = "Bare";
return Bare_comp_1e9de008d002e1f8a96b7a87eee881b1_a73eedf7;
})();

export const Bare_comp_e79ccf73af9ae39491b54448196df6fc_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_e79ccf73af9ae39491b54448196df6fc_a73eedf7 = memo(({children}) => {
    const [gdsSearch] = useSearchParams();
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
const gdsBox = useOutbox();
    return(
        (pyAnd(((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) >= 0), () => (((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1) < reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_.length))) ? (outboxMerge(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.members_rx_state_?.at?.((parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)), gdsBox, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.skill_threshold_rx_state_))?.["full_name"] : "")
    )
});
Bare_comp_e79ccf73af9ae39491b54448196df6fc_a73eedf7.displayName = "Bare";
return Bare_comp_e79ccf73af9ae39491b54448196df6fc_a73eedf7;
})();

export const Bare_comp_a3d4f2a317507466164123e3d73ed424_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_a3d4f2a317507466164123e3d73ed424_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.note"]
    )
});
Bare_comp_a3d4f2a317507466164123e3d73ed424_a73eedf7.displayName = "Bare";
return Bare_comp_a3d4f2a317507466164123e3d73ed424_a73eedf7;
})();

export const Textfieldroot_textfield__root_5b735aab61a0503caf40eb151e8a84b0_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_5b735aab61a0503caf40eb151e8a84b0_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), maxLength:300, name:"note", placeholder:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.note_hint"], size:"3" }))},)
    )
});
Textfieldroot_textfield__root_5b735aab61a0503caf40eb151e8a84b0_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_5b735aab61a0503caf40eb151e8a84b0_a73eedf7;
})();

export const Bare_comp_c8fb60ef14fbe1f3d62933565251b733_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_c8fb60ef14fbe1f3d62933565251b733_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.time"]
    )
});
Bare_comp_c8fb60ef14fbe1f3d62933565251b733_a73eedf7.displayName = "Bare";
return Bare_comp_c8fb60ef14fbe1f3d62933565251b733_a73eedf7;
})();

export const Textfieldroot_textfield__root_c350b8e25b671c478216ea40850cc42b_a73eedf7 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_c350b8e25b671c478216ea40850cc42b_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), maxLength:100, name:"time", placeholder:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.time_hint"], size:"3" }))},)
    )
});
Textfieldroot_textfield__root_c350b8e25b671c478216ea40850cc42b_a73eedf7.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_c350b8e25b671c478216ea40850cc42b_a73eedf7;
})();

export const Bare_comp_28136975f028fbd0671297d9f995a8f4_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_28136975f028fbd0671297d9f995a8f4_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.send"]
    )
});
Bare_comp_28136975f028fbd0671297d9f995a8f4_a73eedf7.displayName = "Bare";
return Bare_comp_28136975f028fbd0671297d9f995a8f4_a73eedf7;
})();

export const Button_button_5054f7f79bf1d83e2f604e1defb53009_a73eedf7 = /*#__PURE__*/ (() => {
const Button_button_5054f7f79bf1d83e2f604e1defb53009_a73eedf7 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), "data-testid":"help-send", disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0), size:"4", type:"submit" }))},children)
    )
});
Button_button_5054f7f79bf1d83e2f604e1defb53009_a73eedf7.displayName = "Button";
return Button_button_5054f7f79bf1d83e2f604e1defb53009_a73eedf7;
})();

export const Form_root_81bdad4908578de01e843d5d37cfc1d2_a73eedf7 = /*#__PURE__*/ (() => {
const Form_root_81bdad4908578de01e843d5d37cfc1d2_a73eedf7 = memo(({children, ...rest}) => {
    
    const handleSubmit_8ca50586695ab1afa9c508723bb0efda = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.ask_help", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_8ca50586695ab1afa9c508723bb0efda }))},children)
    )
});
Form_root_81bdad4908578de01e843d5d37cfc1d2_a73eedf7.displayName = "Form";
return Form_root_81bdad4908578de01e843d5d37cfc1d2_a73eedf7;
})();

export const Dialogroot_dialog__root_894c29c2c3307ad68cf85d8d2d292df8_a73eedf7 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_894c29c2c3307ad68cf85d8d2d292df8_a73eedf7 = memo(({children, ...rest}) => {
    const on_open_change_b15ec1f0f3ed239883de056460cbf08a = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state.close_help", ({ ["is_open"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_b15ec1f0f3ed239883de056460cbf08a, open:!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.help_topic_rx_state_?.valueOf?.() === ""?.valueOf?.())) }))},children)
    )
});
Dialogroot_dialog__root_894c29c2c3307ad68cf85d8d2d292df8_a73eedf7.displayName = "DialogRoot";
return Dialogroot_dialog__root_894c29c2c3307ad68cf85d8d2d292df8_a73eedf7;
})();

export const Match_comp_1afc7950f203eec1c703825994436b58_a73eedf7 = /*#__PURE__*/ (() => {
const Match_comp_1afc7950f203eec1c703825994436b58_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.notice_tone_rx_state_)) {
    case JSON.stringify("red"):
      return children?.at?.(0);
      break;
    case JSON.stringify("amber"):
      return children?.at?.(1);
      break;
    default:
      return children?.at?.(2);
      break;
  }
})()
    )
});
Match_comp_1afc7950f203eec1c703825994436b58_a73eedf7.displayName = "Match";
return Match_comp_1afc7950f203eec1c703825994436b58_a73eedf7;
})();

export const Bare_comp_b6655ff0593776efcbd45092aee3fbc3_a73eedf7 = /*#__PURE__*/ (() => {
const Bare_comp_b6655ff0593776efcbd45092aee3fbc3_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.notice_rx_state_
    )
});
Bare_comp_b6655ff0593776efcbd45092aee3fbc3_a73eedf7.displayName = "Bare";
return Bare_comp_b6655ff0593776efcbd45092aee3fbc3_a73eedf7;
})();

export const Hstack_flex_10c1d4135e7afe6693fd1cc4cf78cf61_a73eedf7 = /*#__PURE__*/ (() => {
const Hstack_flex_10c1d4135e7afe6693fd1cc4cf78cf61_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"center", className:"rx-Stack", css:({ ["background"] : "white", ["borderLeft"] : (() => { switch (JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.notice_tone_rx_state_)) {case JSON.stringify("red"):  return ("6px solid var(--red-9)");  break;case JSON.stringify("amber"):  return ("6px solid var(--amber-9)");  break;default:  return ("6px solid var(--green-9)");  break;};})(), ["borderRadius"] : "10px", ["padding"] : "10px 14px", ["boxShadow"] : "0 2px 12px rgba(0,0,0,0.2)", ["animation"] : "gds-fade 6s forwards" }), "data-testid":"status-bar", direction:"row", key:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.notice_seq_rx_state_, gap:"2" }))},children)
    )
});
Hstack_flex_10c1d4135e7afe6693fd1cc4cf78cf61_a73eedf7.displayName = "HStack";
return Hstack_flex_10c1d4135e7afe6693fd1cc4cf78cf61_a73eedf7;
})();

export const Cond_comp_f4bb602e66082cfa613e40e697aba207_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_f4bb602e66082cfa613e40e697aba207_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4bb602e66082cfa613e40e697aba207_a73eedf7.displayName = "Cond";
return Cond_comp_f4bb602e66082cfa613e40e697aba207_a73eedf7;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_a73eedf7 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_a73eedf7.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_a73eedf7;
})();

export const Cond_comp_4aae813bf1070f4591fe38dfaf11f0b0_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_4aae813bf1070f4591fe38dfaf11f0b0_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4aae813bf1070f4591fe38dfaf11f0b0_a73eedf7.displayName = "Cond";
return Cond_comp_4aae813bf1070f4591fe38dfaf11f0b0_a73eedf7;
})();

export const Cond_comp_d87938ad180b5fcac78fe0cb6db1a1e1_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_d87938ad180b5fcac78fe0cb6db1a1e1_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___household___state____household_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___household___state____household_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d87938ad180b5fcac78fe0cb6db1a1e1_a73eedf7.displayName = "Cond";
return Cond_comp_d87938ad180b5fcac78fe0cb6db1a1e1_a73eedf7;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_a73eedf7 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_a73eedf7.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_a73eedf7;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_a73eedf7 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_a73eedf7 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_a73eedf7.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_a73eedf7;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_a73eedf7 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_a73eedf7 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_a73eedf7.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_a73eedf7;
})();

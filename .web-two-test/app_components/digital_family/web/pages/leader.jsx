
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Checkbox as RadixThemesCheckbox,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideClock from "lucide-react/dist/esm/icons/clock.mjs"
import LucidePhone from "lucide-react/dist/esm/icons/phone.mjs"
import LucideMessageCircle from "lucide-react/dist/esm/icons/message-circle.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideClipboardCheck from "lucide-react/dist/esm/icons/clipboard-check.mjs"
import LucideX from "lucide-react/dist/esm/icons/x.mjs"
import LucidePrinter from "lucide-react/dist/esm/icons/printer.mjs"
import LucidePlus from "lucide-react/dist/esm/icons/plus.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircleAlert from "lucide-react/dist/esm/icons/circle-alert.mjs"
import LucideCircleHelp from "lucide-react/dist/esm/icons/circle-help.mjs"
import LucideInfo from "lucide-react/dist/esm/icons/info.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {ScrollBack,outboxChoose,outboxLocal,outboxRemember,outboxVisit,useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_dcffc816.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_dcffc816;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_dcffc816.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_dcffc816;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_dcffc816.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_dcffc816;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_dcffc816 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_dcffc816.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_dcffc816;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_dcffc816.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_dcffc816;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_dcffc816 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_dcffc816.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_dcffc816;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_dcffc816.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_dcffc816;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_dcffc816.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_dcffc816;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_dcffc816 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_dcffc816.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_dcffc816;
})();

export const Scrollback_scrollback_508b7db0ee938150f1106e41e6321f27_dcffc816 = /*#__PURE__*/ (() => {
const Scrollback_scrollback_508b7db0ee938150f1106e41e6321f27_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(ScrollBack,{...mergeSlotProps(rest, ({ ready:pyAnd(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.loaded_rx_state_, () => (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.loaded_rx_state_)) }))},)
    )
});
Scrollback_scrollback_508b7db0ee938150f1106e41e6321f27_dcffc816.displayName = "ScrollBack";
return Scrollback_scrollback_508b7db0ee938150f1106e41e6321f27_dcffc816;
})();

export const Bare_comp_9fcbaa6a002dab08e34e0154c6309ec5_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_9fcbaa6a002dab08e34e0154c6309ec5_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.group_name_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.group_name_rx_state_ : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.title"])
    )
});
Bare_comp_9fcbaa6a002dab08e34e0154c6309ec5_dcffc816.displayName = "Bare";
return Bare_comp_9fcbaa6a002dab08e34e0154c6309ec5_dcffc816;
})();

export const Bare_comp_6b26158eb9e1c56df91150d403a27e50_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_6b26158eb9e1c56df91150d403a27e50_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.title"]
    )
});
Bare_comp_6b26158eb9e1c56df91150d403a27e50_dcffc816.displayName = "Bare";
return Bare_comp_6b26158eb9e1c56df91150d403a27e50_dcffc816;
})();

export const Cond_comp_41fe31b7171afd580138a2a29906ce38_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_41fe31b7171afd580138a2a29906ce38_dcffc816 = memo(({children}) => {
    const gdsBox = useOutbox();
    return(
        ((gdsBox?.["n"] > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_41fe31b7171afd580138a2a29906ce38_dcffc816.displayName = "Cond";
return Cond_comp_41fe31b7171afd580138a2a29906ce38_dcffc816;
})();

export const Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_dcffc816 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((gdsBox?.["n"] > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.waiting"].replaceAll("{n}", (JSON.stringify(gdsBox?.["n"]))) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.all_sent"])
    )
});
Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_dcffc816.displayName = "Bare";
return Bare_comp_ec6cc55bd10e54a190b736f5f0bc2c0f_dcffc816;
})();

export const Text_text_3eae7542f6eec34c54f0f20f4e0348ba_dcffc816 = /*#__PURE__*/ (() => {
const Text_text_3eae7542f6eec34c54f0f20f4e0348ba_dcffc816 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", size:"3", weight:((gdsBox?.["n"] > 0) ? "bold" : "regular") }))},children)
    )
});
Text_text_3eae7542f6eec34c54f0f20f4e0348ba_dcffc816.displayName = "Text";
return Text_text_3eae7542f6eec34c54f0f20f4e0348ba_dcffc816;
})();

export const Hstack_flex_9d606841e5e37674d26ffc8508259a94_dcffc816 = /*#__PURE__*/ (() => {
const Hstack_flex_9d606841e5e37674d26ffc8508259a94_dcffc816 = memo(({children, ...rest}) => {
    const gdsBox = useOutbox();
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"center", className:"rx-Stack", css:({ ["padding"] : "6px 12px", ["minHeight"] : "40px", ["borderRadius"] : "999px", ["border"] : ((gdsBox?.["n"] > 0) ? "2px solid var(--amber-9)" : "1px solid var(--gray-7)"), ["background"] : ((gdsBox?.["n"] > 0) ? "var(--amber-2)" : "white"), ["color"] : "var(--gray-12)", ["width"] : "fit-content" }), "data-testid":"waiting-counter", direction:"row", role:"status", gap:"2" }))},children)
    )
});
Hstack_flex_9d606841e5e37674d26ffc8508259a94_dcffc816.displayName = "HStack";
return Hstack_flex_9d606841e5e37674d26ffc8508259a94_dcffc816;
})();

export const Bare_comp_e6aac4cb106d21f36db03512501b85b2_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_e6aac4cb106d21f36db03512501b85b2_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.title"]
    )
});
Bare_comp_e6aac4cb106d21f36db03512501b85b2_dcffc816.displayName = "Bare";
return Bare_comp_e6aac4cb106d21f36db03512501b85b2_dcffc816;
})();

export const Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.lead"]
    )
});
Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_dcffc816.displayName = "Bare";
return Bare_comp_96c4e53ea8f2eb04ea3030d8fc96e59f_dcffc816;
})();

export const Foreach_comp_e91e22a227dea90572217bf9a73b8d24_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_e91e22a227dea90572217bf9a73b8d24_dcffc816 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(gdsBox?.["conflicts"] ?? [],((conflict_rx_state_,index_896801b62fe7f69070dc3a745c526e26)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"conflict",key:index_896801b62fe7f69070dc3a745c526e26},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},conflict_rx_state_?.["code"]," \u00b7 ",conflict_rx_state_?.["name"]," \u2014 ",(({ ["has_smartphone"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.smartphone"], ["has_epayment"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.epayment"], ["vneid_level"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.vneid"], ["learning_status"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["member.learning"], ["skill.smartphone_use"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.smartphone_use"], ["skill.info_search"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.info_search"], ["skill.messaging"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.messaging"], ["skill.online_public_services"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_public_services"], ["skill.cashless_payment"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.cashless_payment"], ["skill.vneid_app"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.vneid_app"], ["skill.online_safety"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.online_safety"], ["skill.ecommerce"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["skill.ecommerce"], ["trader_ecommerce"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_ecommerce"], ["trader_cashless"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_cashless"], ["trader_digital_savings"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["trader.trader_digital_savings"] })[conflict_rx_state_.f] ?? '')),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.theirs"]," ",jsx("strong",{},(({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[`${conflict_rx_state_.f}:${conflict_rx_state_.theirs}`] ?? ({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[String(conflict_rx_state_.theirs)] ?? String(conflict_rx_state_.theirs)))),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.mine"]," ",jsx("strong",{},(({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[`${conflict_rx_state_.f}:${conflict_rx_state_.mine}`] ?? ({ ["true"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.yes"], ["false"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.no"], ["vneid_level:0"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.0"], ["vneid_level:1"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.1"], ["vneid_level:2"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["vneid.2"], ["learning_status:none"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.none"], ["learning_status:enrolled"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.enrolled"], ["learning_status:completed"] : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["learning.completed"] })[String(conflict_rx_state_.mine)] ?? String(conflict_rx_state_.mine)))),jsx(RadixThemesFlex,{css:({ ["gap"] : "8px", ["width"] : "100%" }),wrap:"wrap"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"keep-theirs",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.save_changes", ({ ["changes"] : (outboxChoose(conflict_rx_state_?.["id"], false)) }), ({  })))], [_e], ({  })))),size:"3",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.keep_theirs"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"keep-mine",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.save_changes", ({ ["changes"] : (outboxChoose(conflict_rx_state_?.["id"], true)) }), ({  })))], [_e], ({  })))),size:"3",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["conflict.keep_mine"])))))))
    )
});
Foreach_comp_e91e22a227dea90572217bf9a73b8d24_dcffc816.displayName = "Foreach";
return Foreach_comp_e91e22a227dea90572217bf9a73b8d24_dcffc816;
})();

export const Cond_comp_3e0708e656cef9248ba877e1de5aa150_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_3e0708e656cef9248ba877e1de5aa150_dcffc816 = memo(({children}) => {
    const gdsBox = useOutbox();
    return(
        ((gdsBox?.["conflicts"].length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3e0708e656cef9248ba877e1de5aa150_dcffc816.displayName = "Cond";
return Cond_comp_3e0708e656cef9248ba877e1de5aa150_dcffc816;
})();

export const Cond_comp_8c7d16633b430d09b2386c37fd1546e4_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_8c7d16633b430d09b2386c37fd1546e4_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8c7d16633b430d09b2386c37fd1546e4_dcffc816.displayName = "Cond";
return Cond_comp_8c7d16633b430d09b2386c37fd1546e4_dcffc816;
})();

export const Bare_comp_bbc4c899c52c9e139024e6fb51df567e_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_bbc4c899c52c9e139024e6fb51df567e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.notice_rx_state_
    )
});
Bare_comp_bbc4c899c52c9e139024e6fb51df567e_dcffc816.displayName = "Bare";
return Bare_comp_bbc4c899c52c9e139024e6fb51df567e_dcffc816;
})();

export const Hstack_flex_9e40452f94b45a2f30ffdd08fb90f2c7_dcffc816 = /*#__PURE__*/ (() => {
const Hstack_flex_9e40452f94b45a2f30ffdd08fb90f2c7_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"center", className:"rx-Stack", css:({ ["background"] : "white", ["borderLeft"] : ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "6px solid var(--green-9)" : "6px solid var(--red-9)"), ["borderRadius"] : "10px", ["padding"] : "10px 14px", ["boxShadow"] : "0 2px 12px rgba(0,0,0,0.2)", ["animation"] : "gds-fade 6s forwards" }), direction:"row", key:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.notice_rx_state_, gap:"2" }))},children)
    )
});
Hstack_flex_9e40452f94b45a2f30ffdd08fb90f2c7_dcffc816.displayName = "HStack";
return Hstack_flex_9e40452f94b45a2f30ffdd08fb90f2c7_dcffc816;
})();

export const Cond_comp_e419ab5574e060e92004189557bd0c2c_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_e419ab5574e060e92004189557bd0c2c_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e419ab5574e060e92004189557bd0c2c_dcffc816.displayName = "Cond";
return Cond_comp_e419ab5574e060e92004189557bd0c2c_dcffc816;
})();

export const Bare_comp_f3d26ffdf7378161bc294a524c767103_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_f3d26ffdf7378161bc294a524c767103_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.empty"]
    )
});
Bare_comp_f3d26ffdf7378161bc294a524c767103_dcffc816.displayName = "Bare";
return Bare_comp_f3d26ffdf7378161bc294a524c767103_dcffc816;
})();

export const Cond_comp_79dc3322ef0b35fe5d6d7904f6870318_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_79dc3322ef0b35fe5d6d7904f6870318_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.lines_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_79dc3322ef0b35fe5d6d7904f6870318_dcffc816.displayName = "Cond";
return Cond_comp_79dc3322ef0b35fe5d6d7904f6870318_dcffc816;
})();

export const Foreach_comp_6bb8c00c0c45df189749dea4a4deb0b6_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_6bb8c00c0c45df189749dea4a4deb0b6_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const gdsBox = useOutbox();

    const handleSubmit_70bfcce2aacb24fcc4442076ea1c6c5f = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.save_changes", ({ ["changes"] : (outboxVisit("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.recording_rx_state_, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_, form_data, reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["error.visit.outcome"])) }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
const connectErrors = useContext(EventLoopContext)[1];
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.lines_rx_state_ ?? [],((card_rx_state_,index_02016e15662540078e9737305d8aec47)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"plan-row",key:index_02016e15662540078e9737305d8aec47},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3",wrap:"wrap"},jsx(LucideHouse,{size:22},),jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"4",weight:"bold"},card_rx_state_?.["code"]),jsx(Fragment,{},(card_rx_state_?.["visited"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.visited"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(gdsBox?.["visits"].includes(card_rx_state_?.["household_id"])?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"amber","data-testid":"visit-kept",highContrast:true,size:"2"},jsx(LucideClock,{size:14},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.visit_kept"]))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",size:"3"},card_rx_state_?.["address"]),Array.prototype.map.call(card_rx_state_?.["people"] ?? [],((p_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",p_rx_state_)))),jsx(Fragment,{},(!((card_rx_state_?.["last_visit"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},card_rx_state_?.["last_visit"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((card_rx_state_?.["follow_up"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up"]," ",card_rx_state_?.["follow_up"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((card_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-testid":"call-link",underline:"none"},jsx(ReactRouterLink,{to:card_rx_state_?.["tel"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucidePhone,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.call"]," ",card_rx_state_?.["phone"]))),jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-testid":"zalo-link",underline:"none"},jsx(ReactRouterLink,{target:(true ? "_blank" : ""),to:card_rx_state_?.["zalo"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideMessageCircle,{size:20},),"Zalo")))))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minHeight"] : "52px" }),direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.no_phone"]),jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),onClick:((_e) => (((...args) => ((() => outboxRemember(card_rx_state_?.["household_id"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3"},jsx(ReactRouterLink,{to:card_rx_state_?.["href"]},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.add_phone"]))))))),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.recording_rx_state_?.valueOf?.() === card_rx_state_?.["household_id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),"data-testid":"visit-form",onSubmit:handleSubmit_70bfcce2aacb24fcc4442076ea1c6c5f},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesHeading,{as:"h3",size:"4"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.record_title"]),jsx(RadixThemesFlex,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.outcome"],css:({ ["gap"] : "8px", ["width"] : "100%" }),role:"group",wrap:"wrap"},jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", ({ ["outcome_rx_state_"] : "met", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.met"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "nobody_home"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", ({ ["outcome_rx_state_"] : "nobody_home", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "nobody_home"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.nobody_home"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "come_back"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", ({ ["outcome_rx_state_"] : "come_back", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "come_back"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.come_back"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "declined"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", ({ ["outcome_rx_state_"] : "declined", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.outcome_rx_state_?.valueOf?.() === "declined"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.declined"])),jsx(Fragment,{},(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.errors_rx_state_.hasOwnProperty("outcome")?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),role:"alert"},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.errors_rx_state_?.["outcome"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},((card_rx_state_?.["choices"].length > 0)?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.helped"]),Array.prototype.map.call(card_rx_state_?.["choices"] ?? [],((c_rx_state_,index_0af5d64a8ec3c50db4cb5627f562e0fd)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" }),key:index_0af5d64a8ec3c50db4cb5627f562e0fd},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":c_rx_state_?.["label"],name:c_rx_state_?.["name"],size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},c_rx_state_?.["label"]))))))))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{css:({ ["width"] : "100%", ["display"] : "flex", ["flexDirection"] : "column", ["gap"] : "4px" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.visited_on"]),jsx(RadixThemesTextField.Root,{css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }),defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.today_rx_state_,max:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.today_rx_state_,name:"visited_on",type:"date"},))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{css:({ ["width"] : "100%", ["display"] : "flex", ["flexDirection"] : "column", ["gap"] : "4px" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up_on"]),jsx(RadixThemesTextField.Root,{css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }),min:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.today_rx_state_,name:"follow_up_on",type:"date"},)),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up_hint"])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{css:({ ["width"] : "100%", ["display"] : "flex", ["flexDirection"] : "column", ["gap"] : "4px" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.note"]),jsx(RadixThemesTextArea,{css:({ ["& textarea"] : null, ["fontSize"] : "18px", ["width"] : "100%" }),maxLength:500,name:"note",rows:"3"},))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["flex"] : "1", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),size:"4",type:"submit"},jsx(LucideCheck,{size:22},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.save_visit"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", ({ ["recording_rx_state_"] : 0, ["outcome_rx_state_"] : "", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"4",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"])))))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),onClick:((_e) => (((...args) => ((() => outboxRemember(card_rx_state_?.["household_id"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),underline:"none"},jsx(ReactRouterLink,{to:card_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideHouse,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.open"]))),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),onClick:((_e) => (((...args) => ((() => outboxLocal("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state", ({ ["recording_rx_state_"] : card_rx_state_?.["household_id"], ["outcome_rx_state_"] : "", ["errors_rx_state_"] : ({  }) })))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),size:"3"},jsx(LucideClipboardCheck,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.record"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px" }),disabled:(gdsBox.offline || gdsBox.late || connectErrors.length > 0),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.remove", ({ ["household_id"] : card_rx_state_?.["household_id"] }), ({  })))], [_e], ({  })))),size:"3",variant:"ghost"},jsx(LucideX,{size:18},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.remove"])))))))))))
    )
});
Foreach_comp_6bb8c00c0c45df189749dea4a4deb0b6_dcffc816.displayName = "Foreach";
return Foreach_comp_6bb8c00c0c45df189749dea4a4deb0b6_dcffc816;
})();

export const Link_link_857dacb314cdc420725d077d7fafd08d_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_857dacb314cdc420725d077d7fafd08d_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/to-truong/phieu-tuan"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucidePrinter,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.print"])))
    )
});
Link_link_857dacb314cdc420725d077d7fafd08d_dcffc816.displayName = "Link";
return Link_link_857dacb314cdc420725d077d7fafd08d_dcffc816;
})();

export const Cond_comp_e25cfba9780cfea30e5fd3fb4749f4f7_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_e25cfba9780cfea30e5fd3fb4749f4f7_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.lines_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e25cfba9780cfea30e5fd3fb4749f4f7_dcffc816.displayName = "Cond";
return Cond_comp_e25cfba9780cfea30e5fd3fb4749f4f7_dcffc816;
})();

export const Bare_comp_48251a23fd61ff7a2b9740080fc9d355_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_48251a23fd61ff7a2b9740080fc9d355_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.kept_offline"]
    )
});
Bare_comp_48251a23fd61ff7a2b9740080fc9d355_dcffc816.displayName = "Bare";
return Bare_comp_48251a23fd61ff7a2b9740080fc9d355_dcffc816;
})();

export const Bare_comp_5cfee3581eca571e7711b2342da6e1f9_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_5cfee3581eca571e7711b2342da6e1f9_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.suggestions"]
    )
});
Bare_comp_5cfee3581eca571e7711b2342da6e1f9_dcffc816.displayName = "Bare";
return Bare_comp_5cfee3581eca571e7711b2342da6e1f9_dcffc816;
})();

export const Bare_comp_88aa9344676bbe5e58353e7dd207a53e_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_88aa9344676bbe5e58353e7dd207a53e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.all"]
    )
});
Bare_comp_88aa9344676bbe5e58353e7dd207a53e_dcffc816.displayName = "Bare";
return Bare_comp_88aa9344676bbe5e58353e7dd207a53e_dcffc816;
})();

export const Button_button_d5b799445ce0b7a963a3d5cdea0793a5_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_d5b799445ce0b7a963a3d5cdea0793a5_dcffc816 = memo(({children, ...rest}) => {
    const on_click_34b58251874a27c9c792b55dbbb4eeea = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_34b58251874a27c9c792b55dbbb4eeea, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_d5b799445ce0b7a963a3d5cdea0793a5_dcffc816.displayName = "Button";
return Button_button_d5b799445ce0b7a963a3d5cdea0793a5_dcffc816;
})();

export const Bare_comp_a3aee2c926dff828d954e17a3b1ae6ab_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_a3aee2c926dff828d954e17a3b1ae6ab_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.vneid"]
    )
});
Bare_comp_a3aee2c926dff828d954e17a3b1ae6ab_dcffc816.displayName = "Bare";
return Bare_comp_a3aee2c926dff828d954e17a3b1ae6ab_dcffc816;
})();

export const Button_button_3a416db07c243c50fc46e933d6a8e101_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_3a416db07c243c50fc46e933d6a8e101_dcffc816 = memo(({children, ...rest}) => {
    const on_click_475c2b451fa97ff89b826dfca2680a45 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "vneid" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "vneid"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_475c2b451fa97ff89b826dfca2680a45, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "vneid"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_3a416db07c243c50fc46e933d6a8e101_dcffc816.displayName = "Button";
return Button_button_3a416db07c243c50fc46e933d6a8e101_dcffc816;
})();

export const Bare_comp_4ee721d5dc6cafc775fe2921a003eb29_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_4ee721d5dc6cafc775fe2921a003eb29_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.skills"]
    )
});
Bare_comp_4ee721d5dc6cafc775fe2921a003eb29_dcffc816.displayName = "Bare";
return Bare_comp_4ee721d5dc6cafc775fe2921a003eb29_dcffc816;
})();

export const Button_button_b5a3aaf1294fb820fae329ebf4e38c56_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_b5a3aaf1294fb820fae329ebf4e38c56_dcffc816 = memo(({children, ...rest}) => {
    const on_click_a82badf7cc6a5adaafcbe15049cd7d08 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "skills" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "skills"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_a82badf7cc6a5adaafcbe15049cd7d08, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "skills"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_b5a3aaf1294fb820fae329ebf4e38c56_dcffc816.displayName = "Button";
return Button_button_b5a3aaf1294fb820fae329ebf4e38c56_dcffc816;
})();

export const Bare_comp_d0343ad16698926d92fb4b171d82ce0e_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_d0343ad16698926d92fb4b171d82ce0e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.smartphone"]
    )
});
Bare_comp_d0343ad16698926d92fb4b171d82ce0e_dcffc816.displayName = "Bare";
return Bare_comp_d0343ad16698926d92fb4b171d82ce0e_dcffc816;
})();

export const Button_button_bbfe7f03619135fc8fe6b283bf4b50f9_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_bbfe7f03619135fc8fe6b283bf4b50f9_dcffc816 = memo(({children, ...rest}) => {
    const on_click_1a163df0260c19ade826c9c3a52c71c2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "smartphone" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "smartphone"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_1a163df0260c19ade826c9c3a52c71c2, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "smartphone"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_bbfe7f03619135fc8fe6b283bf4b50f9_dcffc816.displayName = "Button";
return Button_button_bbfe7f03619135fc8fe6b283bf4b50f9_dcffc816;
})();

export const Bare_comp_5b43486de7f5f7f6ab206fc0eca9f416_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_5b43486de7f5f7f6ab206fc0eca9f416_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.epayment"]
    )
});
Bare_comp_5b43486de7f5f7f6ab206fc0eca9f416_dcffc816.displayName = "Bare";
return Bare_comp_5b43486de7f5f7f6ab206fc0eca9f416_dcffc816;
})();

export const Button_button_a348df948ffa12b399deb28bc1c59d75_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_a348df948ffa12b399deb28bc1c59d75_dcffc816 = memo(({children, ...rest}) => {
    const on_click_f74bc1670938a3e9fcee76c1a265b38b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "epayment" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "epayment"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_f74bc1670938a3e9fcee76c1a265b38b, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "epayment"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_a348df948ffa12b399deb28bc1c59d75_dcffc816.displayName = "Button";
return Button_button_a348df948ffa12b399deb28bc1c59d75_dcffc816;
})();

export const Bare_comp_f180380f9d793764fdc81e677982e1df_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_f180380f9d793764fdc81e677982e1df_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.learning"]
    )
});
Bare_comp_f180380f9d793764fdc81e677982e1df_dcffc816.displayName = "Bare";
return Bare_comp_f180380f9d793764fdc81e677982e1df_dcffc816;
})();

export const Button_button_315848d3a4f7be53428c84b7a1bf5381_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_315848d3a4f7be53428c84b7a1bf5381_dcffc816 = memo(({children, ...rest}) => {
    const on_click_0ded2e9f88472b76f72a694702ca5b10 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "learning" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "learning"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_0ded2e9f88472b76f72a694702ca5b10, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "learning"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_315848d3a4f7be53428c84b7a1bf5381_dcffc816.displayName = "Button";
return Button_button_315848d3a4f7be53428c84b7a1bf5381_dcffc816;
})();

export const Bare_comp_d29246deaf5c504a9e551f8c0c9c5e52_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_d29246deaf5c504a9e551f8c0c9c5e52_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.confirmation"]
    )
});
Bare_comp_d29246deaf5c504a9e551f8c0c9c5e52_dcffc816.displayName = "Bare";
return Bare_comp_d29246deaf5c504a9e551f8c0c9c5e52_dcffc816;
})();

export const Button_button_03281c2e0845074910402fc9dfb2d008_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_03281c2e0845074910402fc9dfb2d008_dcffc816 = memo(({children, ...rest}) => {
    const on_click_da534eafeff1856a276bfb3cd5c95dc2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "confirmation" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "confirmation"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_da534eafeff1856a276bfb3cd5c95dc2, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "confirmation"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_03281c2e0845074910402fc9dfb2d008_dcffc816.displayName = "Button";
return Button_button_03281c2e0845074910402fc9dfb2d008_dcffc816;
})();

export const Bare_comp_9c4adb579a69b9011e93012cd63bb4da_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_9c4adb579a69b9011e93012cd63bb4da_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter.never_came"]
    )
});
Bare_comp_9c4adb579a69b9011e93012cd63bb4da_dcffc816.displayName = "Bare";
return Bare_comp_9c4adb579a69b9011e93012cd63bb4da_dcffc816;
})();

export const Button_button_4d1bfcc334b218961e720a3a16773d93_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_4d1bfcc334b218961e720a3a16773d93_dcffc816 = memo(({children, ...rest}) => {
    const on_click_704e8f58c8017fd95fee9bac027d6301 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.filter_reason", ({ ["reason"] : "never_came" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "never_came"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_704e8f58c8017fd95fee9bac027d6301, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.reason_rx_state_?.valueOf?.() === "never_came"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_4d1bfcc334b218961e720a3a16773d93_dcffc816.displayName = "Button";
return Button_button_4d1bfcc334b218961e720a3a16773d93_dcffc816;
})();

export const Flex_flex_e76057befd2c931d15d3cd8f87267e1b_dcffc816 = /*#__PURE__*/ (() => {
const Flex_flex_e76057befd2c931d15d3cd8f87267e1b_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.filter"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_e76057befd2c931d15d3cd8f87267e1b_dcffc816.displayName = "Flex";
return Flex_flex_e76057befd2c931d15d3cd8f87267e1b_dcffc816;
})();

export const Foreach_comp_18ee0fe71bb1300bd36fd2b453be0f9f_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_18ee0fe71bb1300bd36fd2b453be0f9f_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.suggestions_rx_state_ ?? [],((card_rx_state_,index_f73cd5a09923c7b383c943f16b283652)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"suggestion-row",key:index_f73cd5a09923c7b383c943f16b283652},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"4",weight:"bold"},card_rx_state_?.["code"]),jsx(RadixThemesBadge,{highContrast:true,size:"2",variant:"outline"},card_rx_state_?.["group_code"])),jsx(Fragment,{},(!((card_rx_state_?.["due"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "#9a3412" }),size:"3",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.due"]," ",card_rx_state_?.["due"]))):(jsx(Fragment,{},)))),jsx(RadixThemesText,{as:"p",size:"3"},card_rx_state_?.["address"]),Array.prototype.map.call(card_rx_state_?.["reasons"] ?? [],((r_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",r_rx_state_)))),jsx(RadixThemesButton,{"aria-label":((reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.add"]+" ")+card_rx_state_?.["code"]),css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.add", ({ ["household_id"] : card_rx_state_?.["household_id"] }), ({  })))], [_e], ({  })))),size:"3"},jsx(LucidePlus,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.add"]))))))
    )
});
Foreach_comp_18ee0fe71bb1300bd36fd2b453be0f9f_dcffc816.displayName = "Foreach";
return Foreach_comp_18ee0fe71bb1300bd36fd2b453be0f9f_dcffc816;
})();

export const Iconbutton_iconbutton_ef60e8eb5e68a98a9774837869d902ba_dcffc816 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_ef60e8eb5e68a98a9774837869d902ba_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
const on_click_d1733ba16b012bbcb18bb9cd2e4fbdc4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.previous"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.page_rx_state_ <= 1), highContrast:true, onClick:on_click_d1733ba16b012bbcb18bb9cd2e4fbdc4, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_ef60e8eb5e68a98a9774837869d902ba_dcffc816.displayName = "IconButton";
return Iconbutton_iconbutton_ef60e8eb5e68a98a9774837869d902ba_dcffc816;
})();

export const Bare_comp_07d0876529ce584d308fd624fd198803_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_07d0876529ce584d308fd624fd198803_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.page"]
    )
});
Bare_comp_07d0876529ce584d308fd624fd198803_dcffc816.displayName = "Bare";
return Bare_comp_07d0876529ce584d308fd624fd198803_dcffc816;
})();

export const Bare_comp_5febff404a36e76a6640fb41100c914c_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_5febff404a36e76a6640fb41100c914c_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.page_rx_state_
    )
});
Bare_comp_5febff404a36e76a6640fb41100c914c_dcffc816.displayName = "Bare";
return Bare_comp_5febff404a36e76a6640fb41100c914c_dcffc816;
})();

export const Bare_comp_b8c1429798aa26cefee6d82f11d2d6ae_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_b8c1429798aa26cefee6d82f11d2d6ae_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.pages_rx_state_
    )
});
Bare_comp_b8c1429798aa26cefee6d82f11d2d6ae_dcffc816.displayName = "Bare";
return Bare_comp_b8c1429798aa26cefee6d82f11d2d6ae_dcffc816;
})();

export const Iconbutton_iconbutton_065f695b13e48aa7251fddc1d29ea13d_dcffc816 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_065f695b13e48aa7251fddc1d29ea13d_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
const on_click_d87d9cf8136182b45765233317c9f849 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.next"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.page_rx_state_ >= reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.pages_rx_state_), highContrast:true, onClick:on_click_d87d9cf8136182b45765233317c9f849, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_065f695b13e48aa7251fddc1d29ea13d_dcffc816.displayName = "IconButton";
return Iconbutton_iconbutton_065f695b13e48aa7251fddc1d29ea13d_dcffc816;
})();

export const Cond_comp_d020230f140bf95392afe36710accd34_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_d020230f140bf95392afe36710accd34_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.pages_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d020230f140bf95392afe36710accd34_dcffc816.displayName = "Cond";
return Cond_comp_d020230f140bf95392afe36710accd34_dcffc816;
})();

export const Cond_comp_5e202accaf9d99763ef76d112d544992_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_5e202accaf9d99763ef76d112d544992_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___week____week_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___week____week_state.mine_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5e202accaf9d99763ef76d112d544992_dcffc816.displayName = "Cond";
return Cond_comp_5e202accaf9d99763ef76d112d544992_dcffc816;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_dcffc816.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_dcffc816;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_dcffc816.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_dcffc816;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_dcffc816 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_dcffc816.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_dcffc816;
})();

export const Bare_comp_4578002e16f88c11d25532ab36536f22_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_4578002e16f88c11d25532ab36536f22_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.denied_message_rx_state_
    )
});
Bare_comp_4578002e16f88c11d25532ab36536f22_dcffc816.displayName = "Bare";
return Bare_comp_4578002e16f88c11d25532ab36536f22_dcffc816;
})();

export const Foreach_comp_1ca0b4bb8defdbf063bd0d9717e211d0_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_1ca0b4bb8defdbf063bd0d9717e211d0_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.groups_rx_state_ ?? [],((code_rx_state_,index_a0e04249cd68d7003890bea26f3056e0)=>(jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.group_code_rx_state_?.valueOf?.() === code_rx_state_?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px" }),highContrast:true,key:index_a0e04249cd68d7003890bea26f3056e0,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.choose_group", ({ ["code"] : code_rx_state_ }), ({  })))], [_e], ({  })))),size:"3",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.group_code_rx_state_?.valueOf?.() === code_rx_state_?.valueOf?.()) ? "solid" : "outline")},code_rx_state_))))
    )
});
Foreach_comp_1ca0b4bb8defdbf063bd0d9717e211d0_dcffc816.displayName = "Foreach";
return Foreach_comp_1ca0b4bb8defdbf063bd0d9717e211d0_dcffc816;
})();

export const Flex_flex_cadf6214bd1c3392221a8219c3f57ee2_dcffc816 = /*#__PURE__*/ (() => {
const Flex_flex_cadf6214bd1c3392221a8219c3f57ee2_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.groups"], css:({ ["gap"] : "8px" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_cadf6214bd1c3392221a8219c3f57ee2_dcffc816.displayName = "Flex";
return Flex_flex_cadf6214bd1c3392221a8219c3f57ee2_dcffc816;
})();

export const Cond_comp_30299899ef99a2a7f7b8ecaaee160b97_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_30299899ef99a2a7f7b8ecaaee160b97_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.groups_rx_state_.length > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30299899ef99a2a7f7b8ecaaee160b97_dcffc816.displayName = "Cond";
return Cond_comp_30299899ef99a2a7f7b8ecaaee160b97_dcffc816;
})();

export const Bare_comp_4611da83999a06c34ca74c93928d942e_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_4611da83999a06c34ca74c93928d942e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.flagged"]
    )
});
Bare_comp_4611da83999a06c34ca74c93928d942e_dcffc816.displayName = "Bare";
return Bare_comp_4611da83999a06c34ca74c93928d942e_dcffc816;
})();

export const Foreach_comp_6de22bce512b82b274abae67960f9f35_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_6de22bce512b82b274abae67960f9f35_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.flagged_rx_state_ ?? [],((f_rx_state_,index_1f4f9b668c8c646b6fb438470a5e9e67)=>(jsx("button",{"aria-expanded":(((JSON.stringify(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["id"]))?.valueOf?.() === f_rx_state_?.["id"]?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["textAlign"] : "left", ["fontSize"] : "16px", ["textDecoration"] : "underline", ["background"] : "none", ["border"] : "none", ["padding"] : "4px 0", ["cursor"] : "pointer", ["color"] : "inherit" }),"data-testid":"flagged-request",key:index_1f4f9b668c8c646b6fb438470a5e9e67,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.open_request", ({ ["request_id"] : f_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},f_rx_state_?.["code"]," \u00b7 ",f_rx_state_?.["member"]," \u00b7 ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+f_rx_state_?.["topic"])]," \u00b7 ",f_rx_state_?.["waited"]))))
    )
});
Foreach_comp_6de22bce512b82b274abae67960f9f35_dcffc816.displayName = "Foreach";
return Foreach_comp_6de22bce512b82b274abae67960f9f35_dcffc816;
})();

export const Cond_comp_964398282d4de5b0dd944d20084fdd08_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_964398282d4de5b0dd944d20084fdd08_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.flagged_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_964398282d4de5b0dd944d20084fdd08_dcffc816.displayName = "Cond";
return Cond_comp_964398282d4de5b0dd944d20084fdd08_dcffc816;
})();

export const Bare_comp_f3c54419c1aec1e6298d94ddfd224559_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_f3c54419c1aec1e6298d94ddfd224559_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["topic"]
    )
});
Bare_comp_f3c54419c1aec1e6298d94ddfd224559_dcffc816.displayName = "Bare";
return Bare_comp_f3c54419c1aec1e6298d94ddfd224559_dcffc816;
})();

export const Bare_comp_3fdbaabb1c7e599c6194b07c867dafec_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_3fdbaabb1c7e599c6194b07c867dafec_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["waited"]
    )
});
Bare_comp_3fdbaabb1c7e599c6194b07c867dafec_dcffc816.displayName = "Bare";
return Bare_comp_3fdbaabb1c7e599c6194b07c867dafec_dcffc816;
})();

export const Bare_comp_2b93b1c3cfa07e45ea2f61e1c030b71c_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_2b93b1c3cfa07e45ea2f61e1c030b71c_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.request.for"]
    )
});
Bare_comp_2b93b1c3cfa07e45ea2f61e1c030b71c_dcffc816.displayName = "Bare";
return Bare_comp_2b93b1c3cfa07e45ea2f61e1c030b71c_dcffc816;
})();

export const Bare_comp_a63323f4f222c49fd87a185308a7860d_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_a63323f4f222c49fd87a185308a7860d_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["member"]
    )
});
Bare_comp_a63323f4f222c49fd87a185308a7860d_dcffc816.displayName = "Bare";
return Bare_comp_a63323f4f222c49fd87a185308a7860d_dcffc816;
})();

export const Bare_comp_b182d35910174ff8406ec2a4d6e4a08a_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_b182d35910174ff8406ec2a4d6e4a08a_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.request.asked_by"]
    )
});
Bare_comp_b182d35910174ff8406ec2a4d6e4a08a_dcffc816.displayName = "Bare";
return Bare_comp_b182d35910174ff8406ec2a4d6e4a08a_dcffc816;
})();

export const Bare_comp_966fb3a97fb3b406a289bec9fd90d934_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_966fb3a97fb3b406a289bec9fd90d934_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["asked_by"]
    )
});
Bare_comp_966fb3a97fb3b406a289bec9fd90d934_dcffc816.displayName = "Bare";
return Bare_comp_966fb3a97fb3b406a289bec9fd90d934_dcffc816;
})();

export const Bare_comp_05ac143624669a46e4f740f1aeb0b84d_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_05ac143624669a46e4f740f1aeb0b84d_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["code"]
    )
});
Bare_comp_05ac143624669a46e4f740f1aeb0b84d_dcffc816.displayName = "Bare";
return Bare_comp_05ac143624669a46e4f740f1aeb0b84d_dcffc816;
})();

export const Bare_comp_948a11800fcd25f4b31dcb236dbecef8_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_948a11800fcd25f4b31dcb236dbecef8_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["address"]
    )
});
Bare_comp_948a11800fcd25f4b31dcb236dbecef8_dcffc816.displayName = "Bare";
return Bare_comp_948a11800fcd25f4b31dcb236dbecef8_dcffc816;
})();

export const Bare_comp_8c9a645fb28757303b2bda96bcd40938_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_8c9a645fb28757303b2bda96bcd40938_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.time_short"]
    )
});
Bare_comp_8c9a645fb28757303b2bda96bcd40938_dcffc816.displayName = "Bare";
return Bare_comp_8c9a645fb28757303b2bda96bcd40938_dcffc816;
})();

export const Bare_comp_5ae7e07fc5ad4ec714630122ccee24d4_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_5ae7e07fc5ad4ec714630122ccee24d4_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["preferred_time"]
    )
});
Bare_comp_5ae7e07fc5ad4ec714630122ccee24d4_dcffc816.displayName = "Bare";
return Bare_comp_5ae7e07fc5ad4ec714630122ccee24d4_dcffc816;
})();

export const Cond_comp_8e31795ae99a0a160783bb20737f104f_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_8e31795ae99a0a160783bb20737f104f_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["preferred_time"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8e31795ae99a0a160783bb20737f104f_dcffc816.displayName = "Cond";
return Cond_comp_8e31795ae99a0a160783bb20737f104f_dcffc816;
})();

export const Bare_comp_ce23249352283378f2d97a574819a0dc_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_ce23249352283378f2d97a574819a0dc_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["note"]
    )
});
Bare_comp_ce23249352283378f2d97a574819a0dc_dcffc816.displayName = "Bare";
return Bare_comp_ce23249352283378f2d97a574819a0dc_dcffc816;
})();

export const Cond_comp_b6cf34879a49cc6c8242cc4a9a4ae9a1_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_b6cf34879a49cc6c8242cc4a9a4ae9a1_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["note"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6cf34879a49cc6c8242cc4a9a4ae9a1_dcffc816.displayName = "Cond";
return Cond_comp_b6cf34879a49cc6c8242cc4a9a4ae9a1_dcffc816;
})();

export const Bare_comp_7ac702e6a7905a4b8e439bd73c14b165_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_7ac702e6a7905a4b8e439bd73c14b165_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["holder"]
    )
});
Bare_comp_7ac702e6a7905a4b8e439bd73c14b165_dcffc816.displayName = "Bare";
return Bare_comp_7ac702e6a7905a4b8e439bd73c14b165_dcffc816;
})();

export const Bare_comp_a0fecd7ed825e9839f57a18eaf47c30b_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_a0fecd7ed825e9839f57a18eaf47c30b_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.request.outcome"]
    )
});
Bare_comp_a0fecd7ed825e9839f57a18eaf47c30b_dcffc816.displayName = "Bare";
return Bare_comp_a0fecd7ed825e9839f57a18eaf47c30b_dcffc816;
})();

export const Bare_comp_de705f417056cb57e0f648f85e20e5f2_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_de705f417056cb57e0f648f85e20e5f2_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["outcome"]
    )
});
Bare_comp_de705f417056cb57e0f648f85e20e5f2_dcffc816.displayName = "Bare";
return Bare_comp_de705f417056cb57e0f648f85e20e5f2_dcffc816;
})();

export const Cond_comp_29a510acf183ff289173188ffc8a0a26_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_29a510acf183ff289173188ffc8a0a26_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["outcome"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_29a510acf183ff289173188ffc8a0a26_dcffc816.displayName = "Cond";
return Cond_comp_29a510acf183ff289173188ffc8a0a26_dcffc816;
})();

export const Bare_comp_239901246fb522dd5b4548c939103da1_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_239901246fb522dd5b4548c939103da1_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.request.notes"]
    )
});
Bare_comp_239901246fb522dd5b4548c939103da1_dcffc816.displayName = "Bare";
return Bare_comp_239901246fb522dd5b4548c939103da1_dcffc816;
})();

export const Foreach_comp_92089e51bf9a63af53cd732bf6eb6fad_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_92089e51bf9a63af53cd732bf6eb6fad_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["notes"] ?? [],((n_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",n_rx_state_))))
    )
});
Foreach_comp_92089e51bf9a63af53cd732bf6eb6fad_dcffc816.displayName = "Foreach";
return Foreach_comp_92089e51bf9a63af53cd732bf6eb6fad_dcffc816;
})();

export const Cond_comp_58d7319ded46a2c966da492d7e31004e_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_58d7319ded46a2c966da492d7e31004e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["notes"].length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_58d7319ded46a2c966da492d7e31004e_dcffc816.displayName = "Cond";
return Cond_comp_58d7319ded46a2c966da492d7e31004e_dcffc816;
})();

export const Link_link_171d1997a2c36e839de311576bded8e6_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_171d1997a2c36e839de311576bded8e6_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const on_click_cb92f98bc7bf5216bd2440f2b9d0766d = useCallback(((_e) => (((...args) => ((() => outboxRemember(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["href"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"request-household", onClick:on_click_cb92f98bc7bf5216bd2440f2b9d0766d, underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideHouse,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.request.household"]," ",reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["code"])))
    )
});
Link_link_171d1997a2c36e839de311576bded8e6_dcffc816.displayName = "Link";
return Link_link_171d1997a2c36e839de311576bded8e6_dcffc816;
})();

export const Bare_comp_4cc40aa379fe0cb0ade7e56639c61aa0_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_4cc40aa379fe0cb0ade7e56639c61aa0_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.request.close"]
    )
});
Bare_comp_4cc40aa379fe0cb0ade7e56639c61aa0_dcffc816.displayName = "Bare";
return Bare_comp_4cc40aa379fe0cb0ade7e56639c61aa0_dcffc816;
})();

export const Button_button_54aeab7a3a5b98289b991c9b76d12439_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_54aeab7a3a5b98289b991c9b76d12439_dcffc816 = memo(({children, ...rest}) => {
    const on_click_89b585e3c081b7a34bc2aeb79ddea4f4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.close_request", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px" }), highContrast:true, onClick:on_click_89b585e3c081b7a34bc2aeb79ddea4f4, size:"3", variant:"outline" }))},children)
    )
});
Button_button_54aeab7a3a5b98289b991c9b76d12439_dcffc816.displayName = "Button";
return Button_button_54aeab7a3a5b98289b991c9b76d12439_dcffc816;
})();

export const Cond_comp_969dfe4eb30c92604ee38449e328e57e_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_969dfe4eb30c92604ee38449e328e57e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.request_rx_state_?.["id"] > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_969dfe4eb30c92604ee38449e328e57e_dcffc816.displayName = "Cond";
return Cond_comp_969dfe4eb30c92604ee38449e328e57e_dcffc816;
})();

export const Bare_comp_2a389f352d50439c10ad9889c2dec764_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_2a389f352d50439c10ad9889c2dec764_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.notice_rx_state_
    )
});
Bare_comp_2a389f352d50439c10ad9889c2dec764_dcffc816.displayName = "Bare";
return Bare_comp_2a389f352d50439c10ad9889c2dec764_dcffc816;
})();

export const Cond_comp_14c62b794ee6f0a1b591ebd78eed5a8b_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_14c62b794ee6f0a1b591ebd78eed5a8b_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        (pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.notice_tone_rx_state_?.valueOf?.() === "red"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_14c62b794ee6f0a1b591ebd78eed5a8b_dcffc816.displayName = "Cond";
return Cond_comp_14c62b794ee6f0a1b591ebd78eed5a8b_dcffc816;
})();

export const Bare_comp_53df90b9ece22dbea9e9b76307324862_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_53df90b9ece22dbea9e9b76307324862_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.gaps"]
    )
});
Bare_comp_53df90b9ece22dbea9e9b76307324862_dcffc816.displayName = "Bare";
return Bare_comp_53df90b9ece22dbea9e9b76307324862_dcffc816;
})();

export const Foreach_comp_d7538dace135f76b8abd0222867c6ca2_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_d7538dace135f76b8abd0222867c6ca2_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.cards_rx_state_ ?? [],((card_rx_state_,index_2937f59704ccbba4fedf82ff83d72112)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":("indicator-"+card_rx_state_?.["code"]),key:index_2937f59704ccbba4fedf82ff83d72112},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["label_key"]]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(() => {
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
})())),jsx(Fragment,{},(!((card_rx_state_?.["gap"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "#9a3412" }),"data-testid":"indicator-gap",size:"4",weight:"bold"},card_rx_state_?.["gap"]))):(jsx(Fragment,{},)))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},jsx(RadixThemesText,{as:"span","data-testid":"indicator-value",weight:"bold"},card_rx_state_?.["value"])," (",jsx(RadixThemesText,{as:"span","data-testid":"indicator-people"},card_rx_state_?.["numerator"]," / ",card_rx_state_?.["denominator"])," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[card_rx_state_?.["unit_key"]],") \u00b7 ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.target"]," ",card_rx_state_?.["target"]))))))
    )
});
Foreach_comp_d7538dace135f76b8abd0222867c6ca2_dcffc816.displayName = "Foreach";
return Foreach_comp_d7538dace135f76b8abd0222867c6ca2_dcffc816;
})();

export const Bare_comp_f245f154ac36beacbb76d6cf164405c5_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_f245f154ac36beacbb76d6cf164405c5_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.title"]
    )
});
Bare_comp_f245f154ac36beacbb76d6cf164405c5_dcffc816.displayName = "Bare";
return Bare_comp_f245f154ac36beacbb76d6cf164405c5_dcffc816;
})();

export const Bare_comp_bb45677b864a832642041f86ac545e9d_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_bb45677b864a832642041f86ac545e9d_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.help"]
    )
});
Bare_comp_bb45677b864a832642041f86ac545e9d_dcffc816.displayName = "Bare";
return Bare_comp_bb45677b864a832642041f86ac545e9d_dcffc816;
})();

export const Button_button_69366d18b60cd9f18189a06dc02cfce8_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_69366d18b60cd9f18189a06dc02cfce8_dcffc816 = memo(({children, ...rest}) => {
    const on_click_7e901a4045c642b5388a13145f47b67c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_7e901a4045c642b5388a13145f47b67c, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_69366d18b60cd9f18189a06dc02cfce8_dcffc816.displayName = "Button";
return Button_button_69366d18b60cd9f18189a06dc02cfce8_dcffc816;
})();

export const Button_button_49f24df2192da26599f80c4da3678e8d_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_49f24df2192da26599f80c4da3678e8d_dcffc816 = memo(({children, ...rest}) => {
    const on_click_64fb91895b98d9f0f4a294db3d1f0e8e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "vneid" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "vneid"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_64fb91895b98d9f0f4a294db3d1f0e8e, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "vneid"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_49f24df2192da26599f80c4da3678e8d_dcffc816.displayName = "Button";
return Button_button_49f24df2192da26599f80c4da3678e8d_dcffc816;
})();

export const Button_button_b33c09045c33085e944290b4620c699a_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_b33c09045c33085e944290b4620c699a_dcffc816 = memo(({children, ...rest}) => {
    const on_click_3f5c7a1b91db5dcef71d743c2e70f51e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "skills" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "skills"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_3f5c7a1b91db5dcef71d743c2e70f51e, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "skills"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_b33c09045c33085e944290b4620c699a_dcffc816.displayName = "Button";
return Button_button_b33c09045c33085e944290b4620c699a_dcffc816;
})();

export const Button_button_d3a7d5671b5514e7ba2f019f2d8d39f3_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_d3a7d5671b5514e7ba2f019f2d8d39f3_dcffc816 = memo(({children, ...rest}) => {
    const on_click_73432f35250f72cfc21373a6f673e20e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "smartphone" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "smartphone"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_73432f35250f72cfc21373a6f673e20e, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "smartphone"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_d3a7d5671b5514e7ba2f019f2d8d39f3_dcffc816.displayName = "Button";
return Button_button_d3a7d5671b5514e7ba2f019f2d8d39f3_dcffc816;
})();

export const Button_button_bc581a2d654f59cef6153bde2771e925_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_bc581a2d654f59cef6153bde2771e925_dcffc816 = memo(({children, ...rest}) => {
    const on_click_110930328856a747dcdae7474bfbde4f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "epayment" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "epayment"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_110930328856a747dcdae7474bfbde4f, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "epayment"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_bc581a2d654f59cef6153bde2771e925_dcffc816.displayName = "Button";
return Button_button_bc581a2d654f59cef6153bde2771e925_dcffc816;
})();

export const Button_button_71ccdfd997f4bf17d1f7360f3662cd79_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_71ccdfd997f4bf17d1f7360f3662cd79_dcffc816 = memo(({children, ...rest}) => {
    const on_click_72770fe2589c80f7f4170054539cbc0c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "learning" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "learning"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_72770fe2589c80f7f4170054539cbc0c, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "learning"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_71ccdfd997f4bf17d1f7360f3662cd79_dcffc816.displayName = "Button";
return Button_button_71ccdfd997f4bf17d1f7360f3662cd79_dcffc816;
})();

export const Button_button_165b55b483cccd336d5396d3b4b876f1_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_165b55b483cccd336d5396d3b4b876f1_dcffc816 = memo(({children, ...rest}) => {
    const on_click_5e71a2fc5fec73cb9ef1d21a5f882d04 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "confirmation" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "confirmation"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_5e71a2fc5fec73cb9ef1d21a5f882d04, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "confirmation"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_165b55b483cccd336d5396d3b4b876f1_dcffc816.displayName = "Button";
return Button_button_165b55b483cccd336d5396d3b4b876f1_dcffc816;
})();

export const Button_button_eb3783785d4751263413966094d7f47b_dcffc816 = /*#__PURE__*/ (() => {
const Button_button_eb3783785d4751263413966094d7f47b_dcffc816 = memo(({children, ...rest}) => {
    const on_click_9a38e566fbc5d34750b385a31fe08efd = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.filter_reason", ({ ["reason"] : "never_came" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "never_came"?.valueOf?.()) ? "true" : "false"), css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }), highContrast:true, onClick:on_click_9a38e566fbc5d34750b385a31fe08efd, size:"3", type:"button", variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.reason_rx_state_?.valueOf?.() === "never_came"?.valueOf?.()) ? "solid" : "outline") }))},children)
    )
});
Button_button_eb3783785d4751263413966094d7f47b_dcffc816.displayName = "Button";
return Button_button_eb3783785d4751263413966094d7f47b_dcffc816;
})();

export const Flex_flex_52765e00b0c00445a48162e00fee7cde_dcffc816 = /*#__PURE__*/ (() => {
const Flex_flex_52765e00b0c00445a48162e00fee7cde_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.filter"], css:({ ["gap"] : "8px", ["width"] : "100%" }), role:"group", wrap:"wrap" }))},children)
    )
});
Flex_flex_52765e00b0c00445a48162e00fee7cde_dcffc816.displayName = "Flex";
return Flex_flex_52765e00b0c00445a48162e00fee7cde_dcffc816;
})();

export const Bare_comp_8437bc8bc06341488b77b651ceee249b_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_8437bc8bc06341488b77b651ceee249b_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.total"]
    )
});
Bare_comp_8437bc8bc06341488b77b651ceee249b_dcffc816.displayName = "Bare";
return Bare_comp_8437bc8bc06341488b77b651ceee249b_dcffc816;
})();

export const Bare_comp_93949a8014ce794e9e740989ef59087c_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_93949a8014ce794e9e740989ef59087c_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.total_rx_state_
    )
});
Bare_comp_93949a8014ce794e9e740989ef59087c_dcffc816.displayName = "Bare";
return Bare_comp_93949a8014ce794e9e740989ef59087c_dcffc816;
})();

export const Foreach_comp_b0dfe42d63cf144c133a3ee13bc3ed08_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_b0dfe42d63cf144c133a3ee13bc3ed08_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.visits_rx_state_ ?? [],((visit_rx_state_,index_2a96be39bd0174cad68c18cc42a64a45)=>(jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "inherit", ["width"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-testid":"visit-row",key:index_2a96be39bd0174cad68c18cc42a64a45,onClick:((_e) => (((...args) => ((() => outboxRemember(visit_rx_state_?.["href"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),underline:"none"},jsx(ReactRouterLink,{to:visit_rx_state_?.["href"]},jsx(RadixThemesCard,{css:({ ["width"] : "100%" })},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(LucideHouse,{size:24},),jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"4",weight:"bold"},visit_rx_state_?.["code"])),jsx(RadixThemesBadge,{color:"orange",css:({ ["whiteSpace"] : "normal" }),"data-testid":"visit-score",highContrast:true,size:"3"},visit_rx_state_?.["score_text"]),jsx(RadixThemesText,{as:"p",size:"3"},visit_rx_state_?.["address"]),jsx(Fragment,{},(!((visit_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"3"},jsx(LucidePhone,{size:14},)," ",visit_rx_state_?.["phone"]))):(jsx(Fragment,{},)))),Array.prototype.map.call(visit_rx_state_?.["reasons"] ?? [],((r_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",r_rx_state_)))))))))))
    )
});
Foreach_comp_b0dfe42d63cf144c133a3ee13bc3ed08_dcffc816.displayName = "Foreach";
return Foreach_comp_b0dfe42d63cf144c133a3ee13bc3ed08_dcffc816;
})();

export const Iconbutton_iconbutton_2c76b272de64fec38244d03508f17744_dcffc816 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_2c76b272de64fec38244d03508f17744_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const on_click_a5f85367b9d2087454d88cee409bc1e2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.previous"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.page_rx_state_ <= 1), highContrast:true, onClick:on_click_a5f85367b9d2087454d88cee409bc1e2, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_2c76b272de64fec38244d03508f17744_dcffc816.displayName = "IconButton";
return Iconbutton_iconbutton_2c76b272de64fec38244d03508f17744_dcffc816;
})();

export const Bare_comp_cabb8b9dba87c87e0d8106d12c33d3b0_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_cabb8b9dba87c87e0d8106d12c33d3b0_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.page_rx_state_
    )
});
Bare_comp_cabb8b9dba87c87e0d8106d12c33d3b0_dcffc816.displayName = "Bare";
return Bare_comp_cabb8b9dba87c87e0d8106d12c33d3b0_dcffc816;
})();

export const Bare_comp_22edd806027c1f377bc4d6e56e74f4f2_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_22edd806027c1f377bc4d6e56e74f4f2_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.pages_rx_state_
    )
});
Bare_comp_22edd806027c1f377bc4d6e56e74f4f2_dcffc816.displayName = "Bare";
return Bare_comp_22edd806027c1f377bc4d6e56e74f4f2_dcffc816;
})();

export const Iconbutton_iconbutton_afa5616c580f7a71bbb1626f8efa301b_dcffc816 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_afa5616c580f7a71bbb1626f8efa301b_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const on_click_f826405a304a1f45958cb56a30a9dbfa = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.next"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.page_rx_state_ >= reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.pages_rx_state_), highContrast:true, onClick:on_click_f826405a304a1f45958cb56a30a9dbfa, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_afa5616c580f7a71bbb1626f8efa301b_dcffc816.displayName = "IconButton";
return Iconbutton_iconbutton_afa5616c580f7a71bbb1626f8efa301b_dcffc816;
})();

export const Link_link_af86a883a1ef656b750aa1af0eefa1cb_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_af86a883a1ef656b750aa1af0eefa1cb_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/to"},jsx(RadixThemesText,{as:"p",size:"4"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["leader.find_household"])))
    )
});
Link_link_af86a883a1ef656b750aa1af0eefa1cb_dcffc816.displayName = "Link";
return Link_link_af86a883a1ef656b750aa1af0eefa1cb_dcffc816;
})();

export const Link_link_36263af33123070431e6e66e8667c416_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_36263af33123070431e6e66e8667c416_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"link-classes" }))},jsx(ReactRouterLink,{to:"/lop-hoc"},jsx(RadixThemesText,{as:"p",size:"4"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.link"])))
    )
});
Link_link_36263af33123070431e6e66e8667c416_dcffc816.displayName = "Link";
return Link_link_36263af33123070431e6e66e8667c416_dcffc816;
})();

export const Bare_comp_32278ae66761ecf3a928e7015fc1480e_dcffc816 = /*#__PURE__*/ (() => {
const Bare_comp_32278ae66761ecf3a928e7015fc1480e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.completion"]
    )
});
Bare_comp_32278ae66761ecf3a928e7015fc1480e_dcffc816.displayName = "Bare";
return Bare_comp_32278ae66761ecf3a928e7015fc1480e_dcffc816;
})();

export const Foreach_comp_2ad67657a6a22583da8974b1454d192e_dcffc816 = /*#__PURE__*/ (() => {
const Foreach_comp_2ad67657a6a22583da8974b1454d192e_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.completion_rx_state_ ?? [],((item_rx_state_,index_34b178243f8d81c94ef2b9e1a970ae79)=>(jsx(RadixThemesCard,{"data-testid":("completion-"+item_rx_state_?.["key"]),key:index_34b178243f8d81c94ef2b9e1a970ae79},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p","data-testid":"completion-value",size:"6",weight:"bold"},item_rx_state_?.["value"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("completion."+item_rx_state_?.["key"])]))))))
    )
});
Foreach_comp_2ad67657a6a22583da8974b1454d192e_dcffc816.displayName = "Foreach";
return Foreach_comp_2ad67657a6a22583da8974b1454d192e_dcffc816;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_dcffc816 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_dcffc816.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_dcffc816;
})();

export const Cond_comp_22b317e753490eb3ae63dbc43b0922fe_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_22b317e753490eb3ae63dbc43b0922fe_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_22b317e753490eb3ae63dbc43b0922fe_dcffc816.displayName = "Cond";
return Cond_comp_22b317e753490eb3ae63dbc43b0922fe_dcffc816;
})();

export const Cond_comp_272e8b4f7898c515cc211c83bea17b05_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_272e8b4f7898c515cc211c83bea17b05_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___leader____leader_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___leader____leader_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_272e8b4f7898c515cc211c83bea17b05_dcffc816.displayName = "Cond";
return Cond_comp_272e8b4f7898c515cc211c83bea17b05_dcffc816;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_dcffc816 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_dcffc816.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_dcffc816;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_dcffc816 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_dcffc816 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_dcffc816.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_dcffc816;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_dcffc816 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_dcffc816 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_dcffc816.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_dcffc816;
})();


import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Callout as RadixThemesCallout,Card as RadixThemesCard,Checkbox as RadixThemesCheckbox,Flex as RadixThemesFlex,Heading as RadixThemesHeading,Link as RadixThemesLink,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucidePhone from "lucide-react/dist/esm/icons/phone.mjs"
import LucideMessageCircle from "lucide-react/dist/esm/icons/message-circle.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideClipboardCheck from "lucide-react/dist/esm/icons/clipboard-check.mjs"
import LucideGraduationCap from "lucide-react/dist/esm/icons/graduation-cap.mjs"
import LucideHand from "lucide-react/dist/esm/icons/hand.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_498d3898 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_498d3898.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_498d3898;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_498d3898 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_498d3898.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_498d3898;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_498d3898.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_498d3898;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_498d3898 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_498d3898 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_498d3898.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_498d3898;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_498d3898 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_498d3898.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_498d3898;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_498d3898 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_498d3898.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_498d3898;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_498d3898.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_498d3898;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_498d3898.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_498d3898;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_498d3898 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_498d3898 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_498d3898.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_498d3898;
})();

export const Bare_comp_087d5573c011f39a0a4136fe1ac630a6_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_087d5573c011f39a0a4136fe1ac630a6_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.queue"]
    )
});
Bare_comp_087d5573c011f39a0a4136fe1ac630a6_498d3898.displayName = "Bare";
return Bare_comp_087d5573c011f39a0a4136fe1ac630a6_498d3898;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_498d3898.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_498d3898;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_498d3898.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_498d3898;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_498d3898 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_498d3898.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_498d3898;
})();

export const Bare_comp_eae35403909d40c4325ca94c77b32525_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_eae35403909d40c4325ca94c77b32525_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.denied_message_rx_state_
    )
});
Bare_comp_eae35403909d40c4325ca94c77b32525_498d3898.displayName = "Bare";
return Bare_comp_eae35403909d40c4325ca94c77b32525_498d3898;
})();

export const Bare_comp_6b26158eb9e1c56df91150d403a27e50_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_6b26158eb9e1c56df91150d403a27e50_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.title"]
    )
});
Bare_comp_6b26158eb9e1c56df91150d403a27e50_498d3898.displayName = "Bare";
return Bare_comp_6b26158eb9e1c56df91150d403a27e50_498d3898;
})();

export const Bare_comp_9ac0715a12b891d6fcfaab1f5e7e5570_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_9ac0715a12b891d6fcfaab1f5e7e5570_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ambassador.week_empty"]
    )
});
Bare_comp_9ac0715a12b891d6fcfaab1f5e7e5570_498d3898.displayName = "Bare";
return Bare_comp_9ac0715a12b891d6fcfaab1f5e7e5570_498d3898;
})();

export const Bare_comp_d41c006922c3f3845b51804193322ca1_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_d41c006922c3f3845b51804193322ca1_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ambassador.week_help"]
    )
});
Bare_comp_d41c006922c3f3845b51804193322ca1_498d3898.displayName = "Bare";
return Bare_comp_d41c006922c3f3845b51804193322ca1_498d3898;
})();

export const Cond_comp_44bf61b16f90fba4b172be52124ae54a_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_44bf61b16f90fba4b172be52124ae54a_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.week_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_44bf61b16f90fba4b172be52124ae54a_498d3898.displayName = "Cond";
return Cond_comp_44bf61b16f90fba4b172be52124ae54a_498d3898;
})();

export const Foreach_comp_5f93ea8f2147da134102f2dcf507dee3_498d3898 = /*#__PURE__*/ (() => {
const Foreach_comp_5f93ea8f2147da134102f2dcf507dee3_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")

    const handleSubmit_cf1c7a1a20ca3ccfcaf7be1c6afc1faa = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.save_visit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.week_rx_state_ ?? [],((card_rx_state_,index_ef8ec6cee9201539950f76f57cb984b1)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-request":card_rx_state_?.["id"],"data-testid":"week-item",key:index_ef8ec6cee9201539950f76f57cb984b1},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesBadge,{highContrast:true,size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+card_rx_state_?.["topic"])]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",size:"2"},card_rx_state_?.["waiting"])),jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},card_rx_state_?.["member_name"]),jsx(RadixThemesText,{as:"p",size:"3"},card_rx_state_?.["address"]),jsx(Fragment,{},(!((card_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-testid":"call-link",underline:"none"},jsx(ReactRouterLink,{to:card_rx_state_?.["tel"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucidePhone,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.call"]," ",card_rx_state_?.["phone"]))),jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["display"] : "inline-flex", ["alignItems"] : "center", ["minHeight"] : "52px", ["paddingInlineStart"] : "14px", ["paddingInlineEnd"] : "14px", ["border"] : "1px solid var(--gray-12)", ["borderRadius"] : "10px", ["fontSize"] : "17px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-testid":"zalo-link",underline:"none"},jsx(ReactRouterLink,{target:(true ? "_blank" : ""),to:card_rx_state_?.["zalo"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideMessageCircle,{size:20},),"Zalo")))))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.no_phone"]))))),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.recording_rx_state_?.valueOf?.() === card_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),"data-testid":"visit-form",onSubmit:handleSubmit_cf1c7a1a20ca3ccfcaf7be1c6afc1faa},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesHeading,{as:"h3",size:"4"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.record_title"]),jsx(RadixThemesFlex,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.outcome"],css:({ ["gap"] : "8px", ["width"] : "100%" }),role:"group",wrap:"wrap"},jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_visit_outcome", ({ ["outcome"] : "met" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.met"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "nobody_home"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_visit_outcome", ({ ["outcome"] : "nobody_home" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "nobody_home"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.nobody_home"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "come_back"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_visit_outcome", ({ ["outcome"] : "come_back" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "come_back"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.come_back"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "declined"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_visit_outcome", ({ ["outcome"] : "declined" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "declined"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.outcome.declined"])),jsx(Fragment,{},(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.errors_rx_state_.hasOwnProperty("outcome")?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),role:"alert"},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.errors_rx_state_?.["outcome"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.visit_outcome_rx_state_?.valueOf?.() === "met"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.helped"]),jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":card_rx_state_?.["helped_label"],name:"helped",size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},card_rx_state_?.["helped_label"]))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ambassador.helped_closes"])))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{css:({ ["width"] : "100%", ["display"] : "flex", ["flexDirection"] : "column", ["gap"] : "4px" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.visited_on"]),jsx(RadixThemesTextField.Root,{css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }),defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.today_rx_state_,max:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.today_rx_state_,name:"visited_on",type:"date"},))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{css:({ ["width"] : "100%", ["display"] : "flex", ["flexDirection"] : "column", ["gap"] : "4px" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up_on"]),jsx(RadixThemesTextField.Root,{css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }),min:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.today_rx_state_,name:"follow_up_on",type:"date"},)),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.follow_up_hint"])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{css:({ ["width"] : "100%", ["display"] : "flex", ["flexDirection"] : "column", ["gap"] : "4px" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.note"]),jsx(RadixThemesTextArea,{css:({ ["& textarea"] : null, ["fontSize"] : "18px", ["width"] : "100%" }),maxLength:500,name:"note",rows:"3"},))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["flex"] : "1", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),size:"4",type:"submit"},jsx(LucideCheck,{size:22},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.save_visit"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.close_visit", ({  }), ({  })))], [_e], ({  })))),size:"4",type:"button",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"])))))):(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"record-visit",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.open_visit", ({ ["request_id"] : card_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"3"},jsx(LucideClipboardCheck,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["week.record"]))))),jsx(Fragment,{},(pyAnd(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_for_rx_state_?.valueOf?.() === card_rx_state_?.["id"]?.valueOf?.()))), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_at_rx_state_?.valueOf?.() === "visit"?.valueOf?.()))), () => (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_on_top_rx_state_)))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"),"data-testid":"queue-message",highContrast:true,role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert")},jsx(Fragment,{},),jsx(RadixThemesCallout.Text,{},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_)))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_5f93ea8f2147da134102f2dcf507dee3_498d3898.displayName = "Foreach";
return Foreach_comp_5f93ea8f2147da134102f2dcf507dee3_498d3898;
})();

export const Bare_comp_f97ea5cbc312ba47b5b5acc02f4b1992_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_f97ea5cbc312ba47b5b5acc02f4b1992_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["ambassador.queue"]
    )
});
Bare_comp_f97ea5cbc312ba47b5b5acc02f4b1992_498d3898.displayName = "Bare";
return Bare_comp_f97ea5cbc312ba47b5b5acc02f4b1992_498d3898;
})();

export const Bare_comp_631a56706277400e2d1a376552260ee2_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_631a56706277400e2d1a376552260ee2_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.queue_help"]
    )
});
Bare_comp_631a56706277400e2d1a376552260ee2_498d3898.displayName = "Bare";
return Bare_comp_631a56706277400e2d1a376552260ee2_498d3898;
})();

export const Link_link_d5ff9c9600a0208573d1ef33b373e511_498d3898 = /*#__PURE__*/ (() => {
const Link_link_d5ff9c9600a0208573d1ef33b373e511_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "inline-flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"link-classes", size:"4" }))},jsx(ReactRouterLink,{to:"/lop-hoc"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideGraduationCap,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["classes.link"])))
    )
});
Link_link_d5ff9c9600a0208573d1ef33b373e511_498d3898.displayName = "Link";
return Link_link_d5ff9c9600a0208573d1ef33b373e511_498d3898;
})();

export const Bare_comp_5b0bd14f2414fbde029ba545313f3157_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_5b0bd14f2414fbde029ba545313f3157_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_
    )
});
Bare_comp_5b0bd14f2414fbde029ba545313f3157_498d3898.displayName = "Bare";
return Bare_comp_5b0bd14f2414fbde029ba545313f3157_498d3898;
})();

export const Calloutroot_callout__root_e9d62f6aba78c2f577afd5093cd91b61_498d3898 = /*#__PURE__*/ (() => {
const Calloutroot_callout__root_e9d62f6aba78c2f577afd5093cd91b61_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        jsx(RadixThemesCallout.Root,{...mergeSlotProps(rest, ({ color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"), "data-testid":"queue-message", highContrast:true, role:"status" }))},children)
    )
});
Calloutroot_callout__root_e9d62f6aba78c2f577afd5093cd91b61_498d3898.displayName = "CalloutRoot";
return Calloutroot_callout__root_e9d62f6aba78c2f577afd5093cd91b61_498d3898;
})();

export const Cond_comp_e54a3b242a40b8558f93e2a3e5be896d_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_e54a3b242a40b8558f93e2a3e5be896d_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        (pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_on_top_rx_state_))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e54a3b242a40b8558f93e2a3e5be896d_498d3898.displayName = "Cond";
return Cond_comp_e54a3b242a40b8558f93e2a3e5be896d_498d3898;
})();

export const Bare_comp_3d8ed911724940b8f872d214c9e6a6d0_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_3d8ed911724940b8f872d214c9e6a6d0_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.total"]
    )
});
Bare_comp_3d8ed911724940b8f872d214c9e6a6d0_498d3898.displayName = "Bare";
return Bare_comp_3d8ed911724940b8f872d214c9e6a6d0_498d3898;
})();

export const Bare_comp_2ad7bcba94701b5b14106c31cfa424d3_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_2ad7bcba94701b5b14106c31cfa424d3_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.total_rx_state_
    )
});
Bare_comp_2ad7bcba94701b5b14106c31cfa424d3_498d3898.displayName = "Bare";
return Bare_comp_2ad7bcba94701b5b14106c31cfa424d3_498d3898;
})();

export const Foreach_comp_c708d266cfb87c209a7c300a098f1097_498d3898 = /*#__PURE__*/ (() => {
const Foreach_comp_c708d266cfb87c209a7c300a098f1097_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")

    const handleSubmit_acc05ef00b089242313d95f156f81398 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.add_note", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.items_rx_state_ ?? [],((item_rx_state_,index_3c6262aeb48252546ceead3f8b661f55)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-member":item_rx_state_?.["member_name"],"data-request":item_rx_state_?.["id"],"data-testid":"queue-item",key:index_3c6262aeb48252546ceead3f8b661f55},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesBadge,{highContrast:true,size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[("topic."+item_rx_state_?.["topic"])]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["waiting"])),jsx(Fragment,{},(item_rx_state_?.["mine"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},item_rx_state_?.["member_name"]),jsx(RadixThemesText,{as:"p",size:"3"},item_rx_state_?.["address"]))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.someone_in_group"]," ",item_rx_state_?.["group"]))))),jsx(Fragment,{},(!((item_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"4"},jsx(ReactRouterLink,{to:("tel:"+item_rx_state_?.["phone"])},jsx(LucidePhone,{size:18},)," ",item_rx_state_?.["phone"])))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((item_rx_state_?.["preferred_time"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.time_short"],": ",item_rx_state_?.["preferred_time"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((item_rx_state_?.["note"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"3"},"\u201c",item_rx_state_?.["note"],"\u201d"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(item_rx_state_?.["mine"]?(jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.open_id_rx_state_?.valueOf?.() === item_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"request-detail"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesHeading,{as:"h2",size:"5"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.visit"]),Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notes_rx_state_ ?? [],((n_rx_state_,index_8c2c1965f1b34896ec20ba4e318ce297)=>(jsx(RadixThemesText,{as:"p",key:index_8c2c1965f1b34896ec20ba4e318ce297,size:"3"},"\u2022 ",n_rx_state_)))),jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),onSubmit:handleSubmit_acc05ef00b089242313d95f156f81398},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesTextField.Root,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.add_note"],css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }),maxLength:500,name:"note",placeholder:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.note_hint"],size:"3"},),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,size:"3",type:"submit",variant:"soft"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.add_note"]))),jsx(Fragment,{},(pyAnd(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_for_rx_state_?.valueOf?.() === reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.open_id_rx_state_?.valueOf?.()))), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_at_rx_state_?.valueOf?.() === "note"?.valueOf?.()))), () => (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_on_top_rx_state_)))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"),"data-testid":"queue-message",highContrast:true,role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert")},jsx(Fragment,{},),jsx(RadixThemesCallout.Text,{},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_)))):(jsx(Fragment,{},)))),jsx(RadixThemesText,{as:"p",size:"4",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.outcome"]),jsx(RadixThemesFlex,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.outcome"],css:({ ["gap"] : "8px", ["width"] : "100%" }),role:"group",wrap:"wrap"},jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "helped"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_outcome", ({ ["outcome"] : "helped" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "helped"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.outcome.helped"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "not_helped"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_outcome", ({ ["outcome"] : "not_helped" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "not_helped"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.outcome.not_helped"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "no_answer"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "1 1 0", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.choose_outcome", ({ ["outcome"] : "no_answer" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "no_answer"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.outcome.no_answer"])),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.outcome_rx_state_?.valueOf?.() === "helped"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.achieved"]),Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.achievable_rx_state_ ?? [],((a_rx_state_,index_23edd9f91a7eb0106edd83156ed6d8cc)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["padding"] : "8px 0" }),"data-testid":("achieved-"+a_rx_state_?.["key"]),key:index_23edd9f91a7eb0106edd83156ed6d8cc},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[a_rx_state_?.["label_key"]],checked:pyOr(a_rx_state_?.["done"], () => (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.ticked_rx_state_.includes(a_rx_state_?.["key"]))),disabled:a_rx_state_?.["done"],onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.tick", ({ ["key"] : a_rx_state_?.["key"], ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.[a_rx_state_?.["label_key"]]),jsx(Fragment,{},(a_rx_state_?.["done"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.already"]))):(jsx(Fragment,{},)))))))))))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"resolve",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.resolve", ({  }), ({  })))], [_e], ({  })))),size:"4"},jsx(LucideCheck,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.resolve"]),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.close_request", ({  }), ({  })))], [_e], ({  })))),size:"4",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.cancel"])),jsx(Fragment,{},(pyAnd(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_for_rx_state_?.valueOf?.() === reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.open_id_rx_state_?.valueOf?.()))), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_at_rx_state_?.valueOf?.() === "resolve"?.valueOf?.()))), () => (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_on_top_rx_state_)))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"),"data-testid":"queue-message",highContrast:true,role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert")},jsx(Fragment,{},),jsx(RadixThemesCallout.Text,{},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_)))):(jsx(Fragment,{},)))))))):(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"open-request",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.open_request", ({ ["request_id"] : item_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"4"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.open"])))))):(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),"data-testid":"claim",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state.claim", ({ ["request_id"] : item_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"4"},jsx(LucideHand,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["help.claim"]))))),jsx(Fragment,{},(pyAnd(pyAnd(pyAnd(!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_for_rx_state_?.valueOf?.() === item_rx_state_?.["id"]?.valueOf?.()))), () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_at_rx_state_?.valueOf?.() === "claim"?.valueOf?.()))), () => (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_on_top_rx_state_)))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"),"data-testid":"queue-message",highContrast:true,role:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "status" : "alert")},jsx(Fragment,{},),jsx(RadixThemesCallout.Text,{},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.notice_rx_state_)))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_c708d266cfb87c209a7c300a098f1097_498d3898.displayName = "Foreach";
return Foreach_comp_c708d266cfb87c209a7c300a098f1097_498d3898;
})();

export const Bare_comp_b01214d66b157ab352a5cbbb6dd8fc51_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_b01214d66b157ab352a5cbbb6dd8fc51_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.title"]
    )
});
Bare_comp_b01214d66b157ab352a5cbbb6dd8fc51_498d3898.displayName = "Bare";
return Bare_comp_b01214d66b157ab352a5cbbb6dd8fc51_498d3898;
})();

export const Bare_comp_81da13d009d3102d88333690900c5937_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_81da13d009d3102d88333690900c5937_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.help"]
    )
});
Bare_comp_81da13d009d3102d88333690900c5937_498d3898.displayName = "Bare";
return Bare_comp_81da13d009d3102d88333690900c5937_498d3898;
})();

export const Bare_comp_befee93692aa0ea048ed38af94065774_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_befee93692aa0ea048ed38af94065774_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.notice_rx_state_
    )
});
Bare_comp_befee93692aa0ea048ed38af94065774_498d3898.displayName = "Bare";
return Bare_comp_befee93692aa0ea048ed38af94065774_498d3898;
})();

export const Calloutroot_callout__root_d2362f41fd6c4c90d9b12f43f487b04f_498d3898 = /*#__PURE__*/ (() => {
const Calloutroot_callout__root_d2362f41fd6c4c90d9b12f43f487b04f_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
    return(
        jsx(RadixThemesCallout.Root,{...mergeSlotProps(rest, ({ color:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.notice_tone_rx_state_?.valueOf?.() === "green"?.valueOf?.()) ? "green" : "red"), css:({ ["icon"] : "check" }), highContrast:true, role:"status" }))},children)
    )
});
Calloutroot_callout__root_d2362f41fd6c4c90d9b12f43f487b04f_498d3898.displayName = "CalloutRoot";
return Calloutroot_callout__root_d2362f41fd6c4c90d9b12f43f487b04f_498d3898;
})();

export const Cond_comp_2b8f04291ad5139be730989b7de8129f_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_2b8f04291ad5139be730989b7de8129f_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2b8f04291ad5139be730989b7de8129f_498d3898.displayName = "Cond";
return Cond_comp_2b8f04291ad5139be730989b7de8129f_498d3898;
})();

export const Textfieldroot_textfield__root_e067afb59c3cfe2d8ad82804355113cd_498d3898 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_e067afb59c3cfe2d8ad82804355113cd_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.placeholder"], css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["flex"] : "1" }), name:"query", placeholder:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.placeholder"] }))},)
    )
});
Textfieldroot_textfield__root_e067afb59c3cfe2d8ad82804355113cd_498d3898.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_e067afb59c3cfe2d8ad82804355113cd_498d3898;
})();

export const Bare_comp_8e0f59579fee7c83cae1063d4f6c023f_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_8e0f59579fee7c83cae1063d4f6c023f_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.search"]
    )
});
Bare_comp_8e0f59579fee7c83cae1063d4f6c023f_498d3898.displayName = "Bare";
return Bare_comp_8e0f59579fee7c83cae1063d4f6c023f_498d3898;
})();

export const Form_root_47c0bf7cbd562df8840a4c030f746281_498d3898 = /*#__PURE__*/ (() => {
const Form_root_47c0bf7cbd562df8840a4c030f746281_498d3898 = memo(({children, ...rest}) => {
    
    const handleSubmit_2e41abc12ec1b936d50a7427dad4e5b2 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.search", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_2e41abc12ec1b936d50a7427dad4e5b2 }))},children)
    )
});
Form_root_47c0bf7cbd562df8840a4c030f746281_498d3898.displayName = "Form";
return Form_root_47c0bf7cbd562df8840a4c030f746281_498d3898;
})();

export const Bare_comp_ef6798cd8d61938ddb1ee04e5a0aa9ad_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_ef6798cd8d61938ddb1ee04e5a0aa9ad_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.errors_rx_state_?.["query"]
    )
});
Bare_comp_ef6798cd8d61938ddb1ee04e5a0aa9ad_498d3898.displayName = "Bare";
return Bare_comp_ef6798cd8d61938ddb1ee04e5a0aa9ad_498d3898;
})();

export const Cond_comp_8a0960919e4a23a5148317ad2a275fed_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_8a0960919e4a23a5148317ad2a275fed_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.errors_rx_state_.hasOwnProperty("query")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8a0960919e4a23a5148317ad2a275fed_498d3898.displayName = "Cond";
return Cond_comp_8a0960919e4a23a5148317ad2a275fed_498d3898;
})();

export const Bare_comp_17c7cef78e5d12821bbdda4a97241709_498d3898 = /*#__PURE__*/ (() => {
const Bare_comp_17c7cef78e5d12821bbdda4a97241709_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.none"]
    )
});
Bare_comp_17c7cef78e5d12821bbdda4a97241709_498d3898.displayName = "Bare";
return Bare_comp_17c7cef78e5d12821bbdda4a97241709_498d3898;
})();

export const Cond_comp_5b1c68f41bd8ba42ebbf353a88cd3b0a_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_5b1c68f41bd8ba42ebbf353a88cd3b0a_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
    return(
        (pyAnd(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.searched_rx_state_, () => ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.found_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5b1c68f41bd8ba42ebbf353a88cd3b0a_498d3898.displayName = "Cond";
return Cond_comp_5b1c68f41bd8ba42ebbf353a88cd3b0a_498d3898;
})();

export const Foreach_comp_e5d641119cb8a3e480c584a83bb8419c_498d3898 = /*#__PURE__*/ (() => {
const Foreach_comp_e5d641119cb8a3e480c584a83bb8419c_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")

    const handleSubmit_f7bd82581f39ce3d71792a9358355897 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.save_help", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.found_rx_state_ ?? [],((found_rx_state_,index_639fdf115e709451357aba2ad8979427)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),"data-testid":"walk-in-found",key:index_639fdf115e709451357aba2ad8979427},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},found_rx_state_?.["code"]," \u2014 ",found_rx_state_?.["address"]),jsx(RadixThemesText,{as:"p",size:"3"},found_rx_state_?.["names"]),jsx(Fragment,{},((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.helping_rx_state_?.valueOf?.() === found_rx_state_?.["household_id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),"data-testid":"walk-in-form",onSubmit:handleSubmit_f7bd82581f39ce3d71792a9358355897},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.who"]),Array.prototype.map.call(found_rx_state_?.["people"] ?? [],((p_rx_state_,index_0af5d64a8ec3c50db4cb5627f562e0fd)=>(jsx("label",{css:({ ["display"] : "block", ["minHeight"] : "52px", ["paddingTop"] : "6px", ["paddingBottom"] : "6px" }),key:index_0af5d64a8ec3c50db4cb5627f562e0fd},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"label",size:"3"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{"aria-label":p_rx_state_?.["label"],name:p_rx_state_?.["name"],size:"3"},),"")),jsx(RadixThemesText,{as:"p",size:"3"},p_rx_state_?.["label"])))))),jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.what"]),jsx(RadixThemesFlex,{"aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.what"],css:({ ["gap"] : "8px", ["width"] : "100%" }),role:"group",wrap:"wrap"},jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "vneid"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "vneid" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "vneid"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.vneid"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "smartphone"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "smartphone" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "smartphone"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.smartphone"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "epayment"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "epayment" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "epayment"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.epayment"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "skills"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "skills" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "skills"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.skills"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "learning"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "learning" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "learning"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.learning"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "public_services"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "public_services" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "public_services"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.public_services"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "online_safety"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "online_safety" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "online_safety"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.online_safety"]),jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "other"?.valueOf?.()) ? "true" : "false"),css:({ ["minHeight"] : "52px", ["flex"] : "0 0 auto", ["whiteSpace"] : "normal", ["height"] : "auto", ["paddingTop"] : "8px", ["paddingBottom"] : "8px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.choose_topic", ({ ["topic"] : "other" }), ({  })))], [_e], ({  })))),size:"3",type:"button",variant:((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.topic_rx_state_?.valueOf?.() === "other"?.valueOf?.()) ? "solid" : "outline")},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.topic.other"])),jsx(Fragment,{},(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.errors_rx_state_.hasOwnProperty("topic")?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),role:"alert"},reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___walk_in____walk_in_state.errors_rx_state_?.["topic"]))):(jsx(Fragment,{},)))),jsx("label",{css:({ ["width"] : "100%" })},jsx(RadixThemesText,{as:"p",size:"3",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["visit.note"]),jsx(RadixThemesTextArea,{css:({ ["& textarea"] : null, ["fontSize"] : "18px", ["width"] : "100%" }),maxLength:500,name:"note",rows:"2"},)),jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),size:"4",type:"submit"},jsx(LucideCheck,{size:22},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.save"]))))):(jsx(Fragment,{},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___walk_in____walk_in_state.open_help", ({ ["household_id"] : found_rx_state_?.["household_id"] }), ({  })))], [_e], ({  })))),size:"3",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["walk_in.record"]))))))))))
    )
});
Foreach_comp_e5d641119cb8a3e480c584a83bb8419c_498d3898.displayName = "Foreach";
return Foreach_comp_e5d641119cb8a3e480c584a83bb8419c_498d3898;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_498d3898 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_498d3898.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_498d3898;
})();

export const Cond_comp_6076da8c06d115c042a9c518c3bcc5b3_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_6076da8c06d115c042a9c518c3bcc5b3_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6076da8c06d115c042a9c518c3bcc5b3_498d3898.displayName = "Cond";
return Cond_comp_6076da8c06d115c042a9c518c3bcc5b3_498d3898;
})();

export const Cond_comp_9cd31483fb52d175062c3becc7bc0730_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_9cd31483fb52d175062c3becc7bc0730_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___ambassador____ambassador_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___ambassador____ambassador_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9cd31483fb52d175062c3becc7bc0730_498d3898.displayName = "Cond";
return Cond_comp_9cd31483fb52d175062c3becc7bc0730_498d3898;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_498d3898 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_498d3898.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_498d3898;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_498d3898 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_498d3898 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_498d3898.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_498d3898;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_498d3898 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_498d3898 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_498d3898.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_498d3898;
})();

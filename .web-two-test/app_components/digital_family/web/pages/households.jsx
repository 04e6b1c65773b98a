
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircleAlert from "lucide-react/dist/esm/icons/circle-alert.mjs"
import LucideChevronRight from "lucide-react/dist/esm/icons/chevron-right.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {EventLoopContext,addEvents} from "$/utils/context"
import {ScrollBack,outboxRemember,useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Deferred} from "$/public/deferred.js"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_22a05322 = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_22a05322.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_22a05322;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_22a05322 = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_22a05322.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_22a05322;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_22a05322.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_22a05322;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_22a05322 = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_22a05322 = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_22a05322.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_22a05322;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_22a05322 = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_22a05322.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_22a05322;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_22a05322 = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_22a05322.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_22a05322;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_22a05322.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_22a05322;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_22a05322.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_22a05322;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_22a05322 = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_22a05322 = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_22a05322.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_22a05322;
})();

export const Scrollback_scrollback_3569d0e0d3825dfbc9768ccf75bd43fb_22a05322 = /*#__PURE__*/ (() => {
const Scrollback_scrollback_3569d0e0d3825dfbc9768ccf75bd43fb_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        jsx(ScrollBack,{...mergeSlotProps(rest, ({ ready:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.loaded_rx_state_ }))},)
    )
});
Scrollback_scrollback_3569d0e0d3825dfbc9768ccf75bd43fb_22a05322.displayName = "ScrollBack";
return Scrollback_scrollback_3569d0e0d3825dfbc9768ccf75bd43fb_22a05322;
})();

export const Bare_comp_e7c97bc623deb4fcfeee5e4903a4848c_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_e7c97bc623deb4fcfeee5e4903a4848c_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.title"]
    )
});
Bare_comp_e7c97bc623deb4fcfeee5e4903a4848c_22a05322.displayName = "Bare";
return Bare_comp_e7c97bc623deb4fcfeee5e4903a4848c_22a05322;
})();

export const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.not_loaded"]
    )
});
Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_22a05322.displayName = "Bare";
return Bare_comp_dc0ac4cf9e60bee8c87afa807f7733cd_22a05322;
})();

export const Bare_comp_a2088ec547efe0a682348d396b14e902_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_a2088ec547efe0a682348d396b14e902_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"]
    )
});
Bare_comp_a2088ec547efe0a682348d396b14e902_22a05322.displayName = "Bare";
return Bare_comp_a2088ec547efe0a682348d396b14e902_22a05322;
})();

export const Cond_comp_d80388edc0e89945da122e4ad43b276f_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f_22a05322 = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f_22a05322.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f_22a05322;
})();

export const Bare_comp_99c2f03da5550f767f776493b13cad4b_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_99c2f03da5550f767f776493b13cad4b_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.denied_message_rx_state_
    )
});
Bare_comp_99c2f03da5550f767f776493b13cad4b_22a05322.displayName = "Bare";
return Bare_comp_99c2f03da5550f767f776493b13cad4b_22a05322;
})();

export const Textfieldroot_textfield__root_91bf42c5127250df6297a1b429cd070c_22a05322 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_91bf42c5127250df6297a1b429cd070c_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.search_hint"], css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["width"] : "100%" }), name:"query", placeholder:reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.search_hint"], size:"3", type:"search" }))},)
    )
});
Textfieldroot_textfield__root_91bf42c5127250df6297a1b429cd070c_22a05322.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_91bf42c5127250df6297a1b429cd070c_22a05322;
})();

export const Bare_comp_aa701a9c2d491b733bebb519130b1af2_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_aa701a9c2d491b733bebb519130b1af2_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.search"]
    )
});
Bare_comp_aa701a9c2d491b733bebb519130b1af2_22a05322.displayName = "Bare";
return Bare_comp_aa701a9c2d491b733bebb519130b1af2_22a05322;
})();

export const Form_root_6db0f0b1ec86fb5f6d36f8d0904a47b5_22a05322 = /*#__PURE__*/ (() => {
const Form_root_6db0f0b1ec86fb5f6d36f8d0904a47b5_22a05322 = memo(({children, ...rest}) => {
    
    const handleSubmit_92201982b244005368889372c0d0fcc7 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state.search", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_92201982b244005368889372c0d0fcc7 }))},children)
    )
});
Form_root_6db0f0b1ec86fb5f6d36f8d0904a47b5_22a05322.displayName = "Form";
return Form_root_6db0f0b1ec86fb5f6d36f8d0904a47b5_22a05322;
})();

export const Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.total"]
    )
});
Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_22a05322.displayName = "Bare";
return Bare_comp_cd57e5e556cdfdfd71e44f205ba25bc1_22a05322;
})();

export const Bare_comp_eed10482a2626194df1fd551f80e26e9_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_eed10482a2626194df1fd551f80e26e9_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.total_rx_state_
    )
});
Bare_comp_eed10482a2626194df1fd551f80e26e9_22a05322.displayName = "Bare";
return Bare_comp_eed10482a2626194df1fd551f80e26e9_22a05322;
})();

export const Bare_comp_623a50052803df7be1720ca64f2b33bc_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_623a50052803df7be1720ca64f2b33bc_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.add"]
    )
});
Bare_comp_623a50052803df7be1720ca64f2b33bc_22a05322.displayName = "Bare";
return Bare_comp_623a50052803df7be1720ca64f2b33bc_22a05322;
})();

export const Button_button_3c55763b4bebcd0fcaa31300ea670c83_22a05322 = /*#__PURE__*/ (() => {
const Button_button_3c55763b4bebcd0fcaa31300ea670c83_22a05322 = memo(({children, ...rest}) => {
    const on_click_768efa57fb1a99be80c4a014b2e63d39 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state.toggle_add", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), highContrast:true, onClick:on_click_768efa57fb1a99be80c4a014b2e63d39, size:"4", variant:"outline" }))},children)
    )
});
Button_button_3c55763b4bebcd0fcaa31300ea670c83_22a05322.displayName = "Button";
return Button_button_3c55763b4bebcd0fcaa31300ea670c83_22a05322;
})();

export const Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.group"]
    )
});
Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_22a05322.displayName = "Bare";
return Bare_comp_595c4e10fc14560f4cc4e7df8ecc55ef_22a05322;
})();

export const Foreach_comp_d349bf43230b98bef61d2c6ba0e451b3_22a05322 = /*#__PURE__*/ (() => {
const Foreach_comp_d349bf43230b98bef61d2c6ba0e451b3_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.group_codes_rx_state_ ?? [],((c_rx_state_,index_ed235a38a0740531ba822fdaa96ff707)=>(jsx("option",{key:index_ed235a38a0740531ba822fdaa96ff707,value:c_rx_state_},c_rx_state_))))
    )
});
Foreach_comp_d349bf43230b98bef61d2c6ba0e451b3_22a05322.displayName = "Foreach";
return Foreach_comp_d349bf43230b98bef61d2c6ba0e451b3_22a05322;
})();

export const Bare_comp_d66bfeb8cbe5b9e9577f3c12af054829_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_d66bfeb8cbe5b9e9577f3c12af054829_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["group_code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["group_code"] : "")
    )
});
Bare_comp_d66bfeb8cbe5b9e9577f3c12af054829_22a05322.displayName = "Bare";
return Bare_comp_d66bfeb8cbe5b9e9577f3c12af054829_22a05322;
})();

export const Cond_comp_da9d344f8c1982f0f29e946ffba950a3_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_da9d344f8c1982f0f29e946ffba950a3_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["group_code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["group_code"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da9d344f8c1982f0f29e946ffba950a3_22a05322.displayName = "Cond";
return Cond_comp_da9d344f8c1982f0f29e946ffba950a3_22a05322;
})();

export const Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.code"]
    )
});
Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_22a05322.displayName = "Bare";
return Bare_comp_7d3ed9bc94659dafb7982a0e83ed7ba8_22a05322;
})();

export const Bare_comp_9614d8fdbcfc2489f6f68b2d202134e3_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_9614d8fdbcfc2489f6f68b2d202134e3_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["code"] : "")
    )
});
Bare_comp_9614d8fdbcfc2489f6f68b2d202134e3_22a05322.displayName = "Bare";
return Bare_comp_9614d8fdbcfc2489f6f68b2d202134e3_22a05322;
})();

export const Cond_comp_b4b21591747288cf3b564a30b9adda7c_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_b4b21591747288cf3b564a30b9adda7c_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["code"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b4b21591747288cf3b564a30b9adda7c_22a05322.displayName = "Cond";
return Cond_comp_b4b21591747288cf3b564a30b9adda7c_22a05322;
})();

export const Bare_comp_dd4c4d935155c404d19d170f92679665_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_dd4c4d935155c404d19d170f92679665_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.address"]
    )
});
Bare_comp_dd4c4d935155c404d19d170f92679665_22a05322.displayName = "Bare";
return Bare_comp_dd4c4d935155c404d19d170f92679665_22a05322;
})();

export const Bare_comp_79bb2ec45670df9b28de3aeda8ba92c0_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_79bb2ec45670df9b28de3aeda8ba92c0_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["address"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["address"] : "")
    )
});
Bare_comp_79bb2ec45670df9b28de3aeda8ba92c0_22a05322.displayName = "Bare";
return Bare_comp_79bb2ec45670df9b28de3aeda8ba92c0_22a05322;
})();

export const Cond_comp_c5f11f8a495168810a7de6c7ab9d6d86_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_c5f11f8a495168810a7de6c7ab9d6d86_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["address"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["address"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c5f11f8a495168810a7de6c7ab9d6d86_22a05322.displayName = "Cond";
return Cond_comp_c5f11f8a495168810a7de6c7ab9d6d86_22a05322;
})();

export const Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.phone"]
    )
});
Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_22a05322.displayName = "Bare";
return Bare_comp_53c6b014bb0f2d12f1b063ea47a1e049_22a05322;
})();

export const Bare_comp_749a4de7e258d4fb28354e23eea10050_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_749a4de7e258d4fb28354e23eea10050_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_749a4de7e258d4fb28354e23eea10050_22a05322.displayName = "Bare";
return Bare_comp_749a4de7e258d4fb28354e23eea10050_22a05322;
})();

export const Cond_comp_603a5f6e40b3e68cef2f577bf025de24_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_603a5f6e40b3e68cef2f577bf025de24_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_603a5f6e40b3e68cef2f577bf025de24_22a05322.displayName = "Cond";
return Cond_comp_603a5f6e40b3e68cef2f577bf025de24_22a05322;
})();

export const Form_root_477006eb9b34c121edec6f97e414d720_22a05322 = /*#__PURE__*/ (() => {
const Form_root_477006eb9b34c121edec6f97e414d720_22a05322 = memo(({children, ...rest}) => {
    
    const handleSubmit_948f6d5f88500086284ee9f86c34148a = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state.create", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_948f6d5f88500086284ee9f86c34148a }))},children)
    )
});
Form_root_477006eb9b34c121edec6f97e414d720_22a05322.displayName = "Form";
return Form_root_477006eb9b34c121edec6f97e414d720_22a05322;
})();

export const Cond_comp_9ff40f077eb6f234586aaa27b9bbabf9_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_9ff40f077eb6f234586aaa27b9bbabf9_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.adding_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9ff40f077eb6f234586aaa27b9bbabf9_22a05322.displayName = "Cond";
return Cond_comp_9ff40f077eb6f234586aaa27b9bbabf9_22a05322;
})();

export const Foreach_comp_e926c52ca1847099422b3ab5914ae487_22a05322 = /*#__PURE__*/ (() => {
const Foreach_comp_e926c52ca1847099422b3ab5914ae487_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.rows_rx_state_ ?? [],((row_rx_state_,index_7e51ea985de2d3f60cd6383bde60ee85)=>(jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "inherit", ["width"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-testid":"household-row",key:index_7e51ea985de2d3f60cd6383bde60ee85,onClick:((_e) => (((...args) => ((() => outboxRemember(row_rx_state_?.["href"]))(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))),underline:"none"},jsx(ReactRouterLink,{to:row_rx_state_?.["href"]},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["minHeight"] : "52px" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(LucideHouse,{size:26},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},row_rx_state_?.["code"]," \u00b7 ",row_rx_state_?.["group"]),jsx(RadixThemesText,{as:"p",size:"3"},row_rx_state_?.["address"]),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesBadge,{size:"2"},row_rx_state_?.["members"]," ",reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["unit.people"]),jsx(Fragment,{},(!((row_rx_state_?.["confirmed"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",size:"2"},jsx(LucideCircleCheck,{size:14},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.confirmed"]))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"orange",size:"2"},jsx(LucideCircleAlert,{size:14},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.never_confirmed"]))))),jsx(Fragment,{},((row_rx_state_?.["account"]?.valueOf?.() === ""?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"gray",size:"2"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.no_account"]))):(jsx(Fragment,{},)))))),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(LucideChevronRight,{size:24},))))))))
    )
});
Foreach_comp_e926c52ca1847099422b3ab5914ae487_22a05322.displayName = "Foreach";
return Foreach_comp_e926c52ca1847099422b3ab5914ae487_22a05322;
})();

export const Iconbutton_iconbutton_a2c5f1b11bbd0a2ba01fd7d27666d992_22a05322 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_a2c5f1b11bbd0a2ba01fd7d27666d992_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
const on_click_0a8c1388d931fdf7e90259353a49d79d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.previous"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.page_rx_state_ <= 1), highContrast:true, onClick:on_click_0a8c1388d931fdf7e90259353a49d79d, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_a2c5f1b11bbd0a2ba01fd7d27666d992_22a05322.displayName = "IconButton";
return Iconbutton_iconbutton_a2c5f1b11bbd0a2ba01fd7d27666d992_22a05322;
})();

export const Bare_comp_07d0876529ce584d308fd624fd198803_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_07d0876529ce584d308fd624fd198803_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["households.page"]
    )
});
Bare_comp_07d0876529ce584d308fd624fd198803_22a05322.displayName = "Bare";
return Bare_comp_07d0876529ce584d308fd624fd198803_22a05322;
})();

export const Bare_comp_69597d3057b5e48b6cc3f335998d4666_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_69597d3057b5e48b6cc3f335998d4666_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.page_rx_state_
    )
});
Bare_comp_69597d3057b5e48b6cc3f335998d4666_22a05322.displayName = "Bare";
return Bare_comp_69597d3057b5e48b6cc3f335998d4666_22a05322;
})();

export const Bare_comp_d0e10d8591bbb16b4cf6c1b2440eb398_22a05322 = /*#__PURE__*/ (() => {
const Bare_comp_d0e10d8591bbb16b4cf6c1b2440eb398_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.pages_rx_state_
    )
});
Bare_comp_d0e10d8591bbb16b4cf6c1b2440eb398_22a05322.displayName = "Bare";
return Bare_comp_d0e10d8591bbb16b4cf6c1b2440eb398_22a05322;
})();

export const Iconbutton_iconbutton_4fa5cf99ab07d85a6bde11f773f77f2f_22a05322 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_4fa5cf99ab07d85a6bde11f773f77f2f_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
const on_click_dc30dda1814f939ca80cad6df6cab712 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state.go_to_page", ({ ["page"] : (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["common.next"], css:({ ["padding"] : "6px" }), disabled:(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.page_rx_state_ >= reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.pages_rx_state_), highContrast:true, onClick:on_click_dc30dda1814f939ca80cad6df6cab712, size:"4", variant:"outline" }))},children)
    )
});
Iconbutton_iconbutton_4fa5cf99ab07d85a6bde11f773f77f2f_22a05322.displayName = "IconButton";
return Iconbutton_iconbutton_4fa5cf99ab07d85a6bde11f773f77f2f_22a05322;
})();

export const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_22a05322 = /*#__PURE__*/ (() => {
const Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(Deferred,{...mergeSlotProps(rest, ({ fallback:(jsx(RadixThemesFlex, ({align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),"data-testid":"loading",direction:"column",gap:"4"}), (jsx(RadixThemesText, ({as:"p",css:({ ["position"] : "absolute", ["width"] : "1px", ["height"] : "1px", ["overflow"] : "hidden", ["clip"] : "rect(0 0 0 0)", ["whiteSpace"] : "nowrap" }),role:"status"}), reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["overview.loading"])), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "96px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))), (jsx(RadixThemesBox, ({"aria-hidden":"true",css:({ ["height"] : "180px", ["width"] : "100%", ["background"] : "var(--gray-4)", ["borderRadius"] : "12px" })}))))) }))},children)
    )
});
Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_22a05322.displayName = "Deferred";
return Deferred_deferred_053a84012ba506cf0d2e6135b1051aba_22a05322;
})();

export const Cond_comp_14788946889fc51798642800ddebc6aa_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_14788946889fc51798642800ddebc6aa_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.denied_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_14788946889fc51798642800ddebc6aa_22a05322.displayName = "Cond";
return Cond_comp_14788946889fc51798642800ddebc6aa_22a05322;
})();

export const Cond_comp_6b74f751586109f70d21c0932f5663ac_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_6b74f751586109f70d21c0932f5663ac_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___households____households_state")
    return(
        (!(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___households____households_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6b74f751586109f70d21c0932f5663ac_22a05322.displayName = "Cond";
return Cond_comp_6b74f751586109f70d21c0932f5663ac_22a05322;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_22a05322 = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_22a05322.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_22a05322;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_22a05322 = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_22a05322 = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_22a05322.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_22a05322;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_22a05322 = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_22a05322 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_22a05322.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_22a05322;
})();

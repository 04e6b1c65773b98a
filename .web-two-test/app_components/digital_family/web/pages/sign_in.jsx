
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyOr,refs} from "$/utils/state"
import {Button as RadixThemesButton,Card as RadixThemesCard,Flex as RadixThemesFlex,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef,useState} from "react"
import LucideHouse from "lucide-react/dist/esm/icons/house.mjs"
import LucidePhone from "lucide-react/dist/esm/icons/phone.mjs"
import LucideTicket from "lucide-react/dist/esm/icons/ticket.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import {addEvents} from "$/utils/context"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Link_link_7a4b9487d68c2d8ec73b8bb128881892_b414ee2c = /*#__PURE__*/ (() => {
const Link_link_7a4b9487d68c2d8ec73b8bb128881892_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"], asChild:true, css:({ ["color"] : "#0b5d3b", ["minHeight"] : "52px", ["minWidth"] : "52px", ["display"] : "flex", ["alignItems"] : "center", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:"/"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx("img",{alt:"",css:({ ["width"] : "40px", ["height"] : "40px", ["flexShrink"] : "0" }),src:"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%20512%20512%22%3E%20%3Crect%20width%3D%22512%22%20height%3D%22512%22%20rx%3D%2296%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cpath%20d%3D%22M256%20104%20L92%20240%20h44%20v160%20h240%20V240%20h44%20z%22%20fill%3D%22%23ffffff%22/%3E%20%3Crect%20x%3D%22220%22%20y%3D%22300%22%20width%3D%2272%22%20height%3D%22100%22%20rx%3D%228%22%20fill%3D%22%230b5d3b%22/%3E%20%3Cg%20fill%3D%22none%22%20stroke%3D%22%23f6c343%22%20stroke-width%3D%2222%22%20stroke-linecap%3D%22round%22%3E%20%3Cpath%20d%3D%22M196%20236%20a84%2084%200%200%201%20120%200%22/%3E%20%3Cpath%20d%3D%22M222%20266%20a46%2046%200%200%201%2068%200%22/%3E%20%3C/g%3E%20%3Ccircle%20cx%3D%22256%22%20cy%3D%22290%22%20r%3D%220%22%20fill%3D%22%23f6c343%22/%3E%20%3C/svg%3E"},),jsx(RadixThemesText,{as:"p",css:({ ["@media (max-width: 439px)"] : ({ ["display"] : "none" }), ["color"] : "white", ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis" }),size:"4",weight:"bold"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["app.name"]))))
    )
});
Link_link_7a4b9487d68c2d8ec73b8bb128881892_b414ee2c.displayName = "Link";
return Link_link_7a4b9487d68c2d8ec73b8bb128881892_b414ee2c;
})();

export const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b414ee2c = /*#__PURE__*/ (() => {
const Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "white", ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["cursor"] : "pointer", ["flexShrink"] : "0", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"nav-home", underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__digital_family___web___state____session_state.home_path_rx_state_},jsx(LucideHouse,{css:({ ["color"] : "white", ["flexShrink"] : "0" }),size:20},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white", ["whiteSpace"] : "nowrap", ["lineHeight"] : "1.1" }),size:"1",weight:"medium"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["nav.home"])))
    )
});
Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b414ee2c.displayName = "Link";
return Link_link_d84dcacec37d2a28d3eab84f0bf5ca90_b414ee2c;
})();

export const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_out"]
    )
});
Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b414ee2c.displayName = "Bare";
return Bare_comp_b254597f76a440cc97ed7a825d9da1c2_b414ee2c;
})();

export const Button_button_ab798b456a3855fc4c6b070c48fb40c4_b414ee2c = /*#__PURE__*/ (() => {
const Button_button_ab798b456a3855fc4c6b070c48fb40c4_b414ee2c = memo(({children, ...rest}) => {
    const on_click_edbed198219025cd093325e82f27c2f9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"sign-out", onClick:on_click_edbed198219025cd093325e82f27c2f9, type:"button" }))},children)
    )
});
Button_button_ab798b456a3855fc4c6b070c48fb40c4_b414ee2c.displayName = "Button";
return Button_button_ab798b456a3855fc4c6b070c48fb40c4_b414ee2c;
})();

export const Link_link_ba1c25d9a558bb894ad90b955e34dc39_b414ee2c = /*#__PURE__*/ (() => {
const Link_link_ba1c25d9a558bb894ad90b955e34dc39_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/dang-nhap"},jsx(RadixThemesButton,{css:({ ["color"] : "white", ["minHeight"] : "48px", ["as"] : "span" }),size:"2",variant:"outline"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"])))
    )
});
Link_link_ba1c25d9a558bb894ad90b955e34dc39_b414ee2c.displayName = "Link";
return Link_link_ba1c25d9a558bb894ad90b955e34dc39_b414ee2c;
})();

export const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b414ee2c = memo(({children}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        (reflex___state____state.is_hydrated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b414ee2c.displayName = "Cond";
return Cond_comp_920c41e3fe14a726bec48f1896ad3eb1_b414ee2c;
})();

export const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const reflex___state____state = useStateContext("reflex___state____state")
const gdsBox = useOutbox();
    return(
        (pyOr(reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_, () => (pyAnd(!(reflex___state____state.is_hydrated_rx_state_), () => (gdsBox?.["session"]))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b414ee2c.displayName = "Cond";
return Cond_comp_16108ebd8c46f63ec999cd5b3bdf3339_b414ee2c;
})();

export const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["lang.other"]
    )
});
Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b414ee2c.displayName = "Bare";
return Bare_comp_70d3d1ba8c37e5d447910d314d4e0867_b414ee2c;
})();

export const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b414ee2c = /*#__PURE__*/ (() => {
const Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b414ee2c = memo(({children, ...rest}) => {
    const on_click_b31614816c2d1fe349dff07709b5cac6 = useCallback(((_e) => (((...args) => ((() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi' ? 'en' : 'vi'; localStorage.setItem('gds_lang', next); window.location.reload(); })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ css:({ ["display"] : "flex", ["flexDirection"] : "column", ["alignItems"] : "center", ["justifyContent"] : "center", ["gap"] : "2px", ["height"] : "52px", ["minWidth"] : "52px", ["padding"] : "2px 6px", ["border"] : "1px solid rgba(255,255,255,0.6)", ["borderRadius"] : "8px", ["background"] : "transparent", ["color"] : "white", ["cursor"] : "pointer", ["flexShrink"] : "0" }), "data-testid":"language-switch", lang:((reflex___state____state__digital_family___web___state____session_state.lang_rx_state_?.valueOf?.() === "vi"?.valueOf?.()) ? "en" : "vi"), onClick:on_click_b31614816c2d1fe349dff07709b5cac6, type:"button" }))},children)
    )
});
Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b414ee2c.displayName = "Button";
return Button_button_81b2d05ab71b4f44edde8a4a011a19f0_b414ee2c;
})();

export const Bare_comp_3e542e0700a01dcf7f1f3743ea765cfa_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_3e542e0700a01dcf7f1f3743ea765cfa_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in_title"]
    )
});
Bare_comp_3e542e0700a01dcf7f1f3743ea765cfa_b414ee2c.displayName = "Bare";
return Bare_comp_3e542e0700a01dcf7f1f3743ea765cfa_b414ee2c;
})();

export const Bare_comp_caf69c03298908725ec558d4b59bfcf1_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_caf69c03298908725ec558d4b59bfcf1_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.phone"]
    )
});
Bare_comp_caf69c03298908725ec558d4b59bfcf1_b414ee2c.displayName = "Bare";
return Bare_comp_caf69c03298908725ec558d4b59bfcf1_b414ee2c;
})();

export const Bare_comp_5fbeb987a535a7f3bf8da60507ba86e9_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_5fbeb987a535a7f3bf8da60507ba86e9_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.phone_format"]
    )
});
Bare_comp_5fbeb987a535a7f3bf8da60507ba86e9_b414ee2c.displayName = "Bare";
return Bare_comp_5fbeb987a535a7f3bf8da60507ba86e9_b414ee2c;
})();

export const Bare_comp_62700e0e0ca00f453981d37622739f05_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_62700e0e0ca00f453981d37622739f05_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.password"]
    )
});
Bare_comp_62700e0e0ca00f453981d37622739f05_b414ee2c.displayName = "Bare";
return Bare_comp_62700e0e0ca00f453981d37622739f05_b414ee2c;
})();

export const Checkboxinput_input_035b7886ed4632e62fcf74ea538b4f4f_b414ee2c = /*#__PURE__*/ (() => {
const Checkboxinput_input_035b7886ed4632e62fcf74ea538b4f4f_b414ee2c = memo(({children, ...rest}) => {
    const ref_show_password_sign_in = useRef(null); refs["ref_show_password_sign_in"] = ref_show_password_sign_in;
const on_click_60e395362699e5f49c771b6bd4755b08 = useCallback(((_e) => (((...args) => ((() => { const show = document.getElementById('show-password-sign-in')?.checked; for (const id of ['sign-in-password']) { const field = document.getElementById(id); if (field) field.type = show ? 'text' : 'password'; } })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx("input",{...mergeSlotProps(rest, ({ css:({ ["width"] : "24px", ["height"] : "24px", ["flexShrink"] : "0", ["accentColor"] : "var(--accent-9)" }), id:"show-password-sign-in", onClick:on_click_60e395362699e5f49c771b6bd4755b08, ref:ref_show_password_sign_in, type:"checkbox" }))},)
    )
});
Checkboxinput_input_035b7886ed4632e62fcf74ea538b4f4f_b414ee2c.displayName = "CheckboxInput";
return Checkboxinput_input_035b7886ed4632e62fcf74ea538b4f4f_b414ee2c;
})();

export const Bare_comp_ac4906028305bf7439cb72f6c73e4757_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_ac4906028305bf7439cb72f6c73e4757_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.show_password"]
    )
});
Bare_comp_ac4906028305bf7439cb72f6c73e4757_b414ee2c.displayName = "Bare";
return Bare_comp_ac4906028305bf7439cb72f6c73e4757_b414ee2c;
})();

export const Bare_comp_40896a378a2510283d7ae404fa39f50d_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_40896a378a2510283d7ae404fa39f50d_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.notice_rx_state_
    )
});
Bare_comp_40896a378a2510283d7ae404fa39f50d_b414ee2c.displayName = "Bare";
return Bare_comp_40896a378a2510283d7ae404fa39f50d_b414ee2c;
})();

export const Bare_comp_14049ecc47baa1ce2c9d1e0b1a730d2f_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_14049ecc47baa1ce2c9d1e0b1a730d2f_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
const [gdsLeft, setGdsLeft] = useState(0);
useEffect(() => {
  const wait = reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seconds_rx_state_;
  if (!wait) { setGdsLeft(0); return; }
  const end = Date.now() + wait * 1000;
  setGdsLeft(wait);
  const timer = setInterval(() => {
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    setGdsLeft(left);
    if (left === 0) clearInterval(timer);
  }, 250);
  return () => clearInterval(timer);
}, [reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seconds_rx_state_, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seq_rx_state_]);
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((gdsLeft > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.retry_in"].replaceAll("{n}", (gdsLeft >= 60 ? Math.floor(gdsLeft / 60) + ' ' + reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["time.minutes"] + ' ' + (gdsLeft % 60) + ' ' + reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["time.seconds"] : gdsLeft + ' ' + reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["time.seconds"])) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.retry_now"])
    )
});
Bare_comp_14049ecc47baa1ce2c9d1e0b1a730d2f_b414ee2c.displayName = "Bare";
return Bare_comp_14049ecc47baa1ce2c9d1e0b1a730d2f_b414ee2c;
})();

export const Cond_comp_3c02ae24931351eb015cd6dc1ada4ab3_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_3c02ae24931351eb015cd6dc1ada4ab3_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seconds_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3c02ae24931351eb015cd6dc1ada4ab3_b414ee2c.displayName = "Cond";
return Cond_comp_3c02ae24931351eb015cd6dc1ada4ab3_b414ee2c;
})();

export const Cond_comp_3d81aae9d6380a3e4529b97ca3c0e138_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_3d81aae9d6380a3e4529b97ca3c0e138_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3d81aae9d6380a3e4529b97ca3c0e138_b414ee2c.displayName = "Cond";
return Cond_comp_3d81aae9d6380a3e4529b97ca3c0e138_b414ee2c;
})();

export const Bare_comp_c5fc8235bf193ed1aa80649469c747ce_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_c5fc8235bf193ed1aa80649469c747ce_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.sign_in"]
    )
});
Bare_comp_c5fc8235bf193ed1aa80649469c747ce_b414ee2c.displayName = "Bare";
return Bare_comp_c5fc8235bf193ed1aa80649469c747ce_b414ee2c;
})();

export const Button_button_3b4cea619d63def32fafc039302c7345_b414ee2c = /*#__PURE__*/ (() => {
const Button_button_3b4cea619d63def32fafc039302c7345_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
const [gdsLeft, setGdsLeft] = useState(0);
useEffect(() => {
  const wait = reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seconds_rx_state_;
  if (!wait) { setGdsLeft(0); return; }
  const end = Date.now() + wait * 1000;
  setGdsLeft(wait);
  const timer = setInterval(() => {
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    setGdsLeft(left);
    if (left === 0) clearInterval(timer);
  }, 250);
  return () => clearInterval(timer);
}, [reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seconds_rx_state_, reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.wait_seq_rx_state_]);
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "52px", ["width"] : "100%", ["background"] : "#0b5d3b", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }), disabled:(gdsLeft > 0), size:"4", type:"submit" }))},children)
    )
});
Button_button_3b4cea619d63def32fafc039302c7345_b414ee2c.displayName = "Button";
return Button_button_3b4cea619d63def32fafc039302c7345_b414ee2c;
})();

export const Bare_comp_8f4a6a26975b91ed22d2d52f587ff68e_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_8f4a6a26975b91ed22d2d52f587ff68e_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.forgot"]
    )
});
Bare_comp_8f4a6a26975b91ed22d2d52f587ff68e_b414ee2c.displayName = "Bare";
return Bare_comp_8f4a6a26975b91ed22d2d52f587ff68e_b414ee2c;
})();

export const Button_button_945fb657bf70dbc1953f0e16820fd4ae_b414ee2c = /*#__PURE__*/ (() => {
const Button_button_945fb657bf70dbc1953f0e16820fd4ae_b414ee2c = memo(({children, ...rest}) => {
    const on_click_f97f8d82f7930f43b53a5eac40f12ee4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state.forgot_password", ({ ["phone"] : (document.getElementById('sign-in-phone')?.value ?? '') }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["minHeight"] : "48px", ["textDecoration"] : "underline" }), "data-testid":"forgot-password", highContrast:true, onClick:on_click_f97f8d82f7930f43b53a5eac40f12ee4, size:"3", type:"button", variant:"ghost" }))},children)
    )
});
Button_button_945fb657bf70dbc1953f0e16820fd4ae_b414ee2c.displayName = "Button";
return Button_button_945fb657bf70dbc1953f0e16820fd4ae_b414ee2c;
})();

export const Form_root_a5b1658e4148c0df83ae5f86db2829aa_b414ee2c = /*#__PURE__*/ (() => {
const Form_root_a5b1658e4148c0df83ae5f86db2829aa_b414ee2c = memo(({children, ...rest}) => {
    
    const handleSubmit_13edc608979a43cddd68eaf7e4a24dab = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["sign_in_phone"] : getRefValue(refs["ref_sign_in_phone"]), ["sign_in_password"] : getRefValue(refs["ref_sign_in_password"]), ["show_password_sign_in"] : getRefValue(refs["ref_show_password_sign_in"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state.sign_in", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"sign-in-form", onSubmit:handleSubmit_13edc608979a43cddd68eaf7e4a24dab }))},children)
    )
});
Form_root_a5b1658e4148c0df83ae5f86db2829aa_b414ee2c.displayName = "Form";
return Form_root_a5b1658e4148c0df83ae5f86db2829aa_b414ee2c;
})();

export const Bare_comp_6137d3649e1b79d3035a4c2ff736ddae_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_6137d3649e1b79d3035a4c2ff736ddae_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.forgot_title"]
    )
});
Bare_comp_6137d3649e1b79d3035a4c2ff736ddae_b414ee2c.displayName = "Bare";
return Bare_comp_6137d3649e1b79d3035a4c2ff736ddae_b414ee2c;
})();

export const Bare_comp_e5d178da49cb451bb3e09d1d1b2d2c39_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_e5d178da49cb451bb3e09d1d1b2d2c39_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.forgot_help"]
    )
});
Bare_comp_e5d178da49cb451bb3e09d1d1b2d2c39_b414ee2c.displayName = "Bare";
return Bare_comp_e5d178da49cb451bb3e09d1d1b2d2c39_b414ee2c;
})();

export const Foreach_comp_f39bd081dcf5d7242c6dbb60aa4811aa_b414ee2c = /*#__PURE__*/ (() => {
const Foreach_comp_f39bd081dcf5d7242c6dbb60aa4811aa_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        Array.prototype.map.call(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.contacts_rx_state_ ?? [],((c_rx_state_,index_38bd3018b554efd0d0ac4dc0f19f0c41)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack","data-testid":"forgot-leader",direction:"column",key:index_38bd3018b554efd0d0ac4dc0f19f0c41,gap:"1"},jsx(RadixThemesText,{as:"p",size:"3"},reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.forgot_leader"]),jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "48px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"4",weight:"bold"},jsx(ReactRouterLink,{to:("tel:"+c_rx_state_?.["tel"])},jsx(LucidePhone,{size:20},),c_rx_state_?.["name"]," \u00b7 ",c_rx_state_?.["phone"]))))))
    )
});
Foreach_comp_f39bd081dcf5d7242c6dbb60aa4811aa_b414ee2c.displayName = "Foreach";
return Foreach_comp_f39bd081dcf5d7242c6dbb60aa4811aa_b414ee2c;
})();

export const Bare_comp_5249bcac99ce3f713f8086641f2e02de_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_5249bcac99ce3f713f8086641f2e02de_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.forgot_no_leader"]
    )
});
Bare_comp_5249bcac99ce3f713f8086641f2e02de_b414ee2c.displayName = "Bare";
return Bare_comp_5249bcac99ce3f713f8086641f2e02de_b414ee2c;
})();

export const Cond_comp_4ecb7b0140edcaf56d47c3fe8b3b077e_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_4ecb7b0140edcaf56d47c3fe8b3b077e_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        ((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.contacts_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4ecb7b0140edcaf56d47c3fe8b3b077e_b414ee2c.displayName = "Cond";
return Cond_comp_4ecb7b0140edcaf56d47c3fe8b3b077e_b414ee2c;
})();

export const Bare_comp_02b5ba173201bc4287c657c124760df5_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_02b5ba173201bc4287c657c124760df5_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.forgot_notice_rx_state_
    )
});
Bare_comp_02b5ba173201bc4287c657c124760df5_b414ee2c.displayName = "Bare";
return Bare_comp_02b5ba173201bc4287c657c124760df5_b414ee2c;
})();

export const Cond_comp_6213a3cec59f0653640eaf4783177cc3_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_6213a3cec59f0653640eaf4783177cc3_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (!((reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.forgot_notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6213a3cec59f0653640eaf4783177cc3_b414ee2c.displayName = "Cond";
return Cond_comp_6213a3cec59f0653640eaf4783177cc3_b414ee2c;
})();

export const Link_link_27b8f712c62125b55120f860ba2808fd_b414ee2c = /*#__PURE__*/ (() => {
const Link_link_27b8f712c62125b55120f860ba2808fd_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"/moi"},jsx(RadixThemesButton,{css:({ ["minHeight"] : "52px", ["as"] : "span", ["paddingInlineStart"] : "20px", ["paddingInlineEnd"] : "20px" }),highContrast:true,size:"4",variant:"outline"},jsx(LucideTicket,{size:22},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.have_code"])))
    )
});
Link_link_27b8f712c62125b55120f860ba2808fd_b414ee2c.displayName = "Link";
return Link_link_27b8f712c62125b55120f860ba2808fd_b414ee2c;
})();

export const Card_card_27dee2009ad47ba8de258698c724dd64_b414ee2c = /*#__PURE__*/ (() => {
const Card_card_27dee2009ad47ba8de258698c724dd64_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesCard,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.forgot_title"], css:({ ["maxWidth"] : "420px", ["width"] : "100%" }), "data-testid":"forgot-panel", role:"region" }))},children)
    )
});
Card_card_27dee2009ad47ba8de258698c724dd64_b414ee2c.displayName = "Card";
return Card_card_27dee2009ad47ba8de258698c724dd64_b414ee2c;
})();

export const Cond_comp_47a873aa81c8efc006e9ce7ffe315922_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_47a873aa81c8efc006e9ce7ffe315922_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.forgot_open_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_47a873aa81c8efc006e9ce7ffe315922_b414ee2c.displayName = "Cond";
return Cond_comp_47a873aa81c8efc006e9ce7ffe315922_b414ee2c;
})();

export const Bare_comp_49fbaddf779e99f1c722eb6ba6408053_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_49fbaddf779e99f1c722eb6ba6408053_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.first_time"]
    )
});
Bare_comp_49fbaddf779e99f1c722eb6ba6408053_b414ee2c.displayName = "Bare";
return Bare_comp_49fbaddf779e99f1c722eb6ba6408053_b414ee2c;
})();

export const Bare_comp_f989046bc3e41e273ca24513ccb455fb_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_f989046bc3e41e273ca24513ccb455fb_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["auth.first_time_help"]
    )
});
Bare_comp_f989046bc3e41e273ca24513ccb455fb_b414ee2c.displayName = "Bare";
return Bare_comp_f989046bc3e41e273ca24513ccb455fb_b414ee2c;
})();

export const Main_main_66cdd726c131ae6338d7f91d3e4884e6_b414ee2c = /*#__PURE__*/ (() => {
const Main_main_66cdd726c131ae6338d7f91d3e4884e6_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx("main",{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "960px", ["margin"] : "0 auto", ["padding"] : "16px", ["minHeight"] : "100vh" }), "data-hydrated":(reflex___state____state.is_hydrated_rx_state_ ? "true" : "false") }))},children)
    )
});
Main_main_66cdd726c131ae6338d7f91d3e4884e6_b414ee2c.displayName = "Main";
return Main_main_66cdd726c131ae6338d7f91d3e4884e6_b414ee2c;
})();

export const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b414ee2c = /*#__PURE__*/ (() => {
const Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "#0b5d3b", ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "8px", ["minHeight"] : "52px", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), "data-testid":"account-link", size:"3" }))},jsx(ReactRouterLink,{to:"/tai-khoan"},jsx(LucideUserCog,{size:20},),reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["account.link"]))
    )
});
Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b414ee2c.displayName = "Link";
return Link_link_b65c23ac8c7a69666b9bc8055191b2d4_b414ee2c;
})();

export const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        (reflex___state____state__digital_family___web___state____session_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b414ee2c.displayName = "Cond";
return Cond_comp_b6289d417a025e0a37c972aa7cd51cfa_b414ee2c;
})();

export const Bare_comp_0e9707b643f4dd03ec84233a894e2867_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_0e9707b643f4dd03ec84233a894e2867_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.title"]
    )
});
Bare_comp_0e9707b643f4dd03ec84233a894e2867_b414ee2c.displayName = "Bare";
return Bare_comp_0e9707b643f4dd03ec84233a894e2867_b414ee2c;
})();

export const Bare_comp_46414c74cac3c56fa0a42ab96318922a_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_46414c74cac3c56fa0a42ab96318922a_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.help"]
    )
});
Bare_comp_46414c74cac3c56fa0a42ab96318922a_b414ee2c.displayName = "Bare";
return Bare_comp_46414c74cac3c56fa0a42ab96318922a_b414ee2c;
})();

export const Bare_comp_af2c4c7ccf0d3c906597d82fd16146f1_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_af2c4c7ccf0d3c906597d82fd16146f1_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.code"]
    )
});
Bare_comp_af2c4c7ccf0d3c906597d82fd16146f1_b414ee2c.displayName = "Bare";
return Bare_comp_af2c4c7ccf0d3c906597d82fd16146f1_b414ee2c;
})();

export const Textfieldroot_textfield__root_5f45bf6c34acd540dbe45fb52b34acf0_b414ee2c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_5f45bf6c34acd540dbe45fb52b34acf0_b414ee2c = memo(({children, ...rest}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"one-time-code", css:({ ["minHeight"] : "52px", ["fontSize"] : "18px", ["textTransform"] : "uppercase", ["width"] : "100%" }), defaultValue:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.invitation_code_rx_state_, key:reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.invitation_code_rx_state_, name:"code", placeholder:"ABCD-EFGH", required:true, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_5f45bf6c34acd540dbe45fb52b34acf0_b414ee2c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_5f45bf6c34acd540dbe45fb52b34acf0_b414ee2c;
})();

export const Bare_comp_0a4316f9e33d8c46e0057ce692e00bd8_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_0a4316f9e33d8c46e0057ce692e00bd8_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["code"] : "")
    )
});
Bare_comp_0a4316f9e33d8c46e0057ce692e00bd8_b414ee2c.displayName = "Bare";
return Bare_comp_0a4316f9e33d8c46e0057ce692e00bd8_b414ee2c;
})();

export const Cond_comp_a398782dd15cc46b271dfb0699f71e71_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_a398782dd15cc46b271dfb0699f71e71_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["code"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["code"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a398782dd15cc46b271dfb0699f71e71_b414ee2c.displayName = "Cond";
return Cond_comp_a398782dd15cc46b271dfb0699f71e71_b414ee2c;
})();

export const Bare_comp_0e0578384bb16866ae7dff581d73bbdc_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_0e0578384bb16866ae7dff581d73bbdc_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_0e0578384bb16866ae7dff581d73bbdc_b414ee2c.displayName = "Bare";
return Bare_comp_0e0578384bb16866ae7dff581d73bbdc_b414ee2c;
})();

export const Cond_comp_f725950d81b7e4d2be6ea748ded61f9c_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_f725950d81b7e4d2be6ea748ded61f9c_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["phone"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f725950d81b7e4d2be6ea748ded61f9c_b414ee2c.displayName = "Cond";
return Cond_comp_f725950d81b7e4d2be6ea748ded61f9c_b414ee2c;
})();

export const Bare_comp_736fe76541644f39fe767b8a5fb91eb4_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_736fe76541644f39fe767b8a5fb91eb4_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.new_password"]
    )
});
Bare_comp_736fe76541644f39fe767b8a5fb91eb4_b414ee2c.displayName = "Bare";
return Bare_comp_736fe76541644f39fe767b8a5fb91eb4_b414ee2c;
})();

export const Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.password_hint"]
    )
});
Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_b414ee2c.displayName = "Bare";
return Bare_comp_ef2e33f562736a57dd34710ddbdccfd8_b414ee2c;
})();

export const Bare_comp_82c3622827a876be549c67aa37d0dc03_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_82c3622827a876be549c67aa37d0dc03_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password"] : "")
    )
});
Bare_comp_82c3622827a876be549c67aa37d0dc03_b414ee2c.displayName = "Bare";
return Bare_comp_82c3622827a876be549c67aa37d0dc03_b414ee2c;
})();

export const Cond_comp_0556a30b69a04bf721cdbe00dc98132f_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_0556a30b69a04bf721cdbe00dc98132f_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0556a30b69a04bf721cdbe00dc98132f_b414ee2c.displayName = "Cond";
return Cond_comp_0556a30b69a04bf721cdbe00dc98132f_b414ee2c;
})();

export const Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.password_again"]
    )
});
Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_b414ee2c.displayName = "Bare";
return Bare_comp_e53ae6d5c0fdfad6ad35e4c13db9037b_b414ee2c;
})();

export const Bare_comp_f00615004f2289133393fe2f99ccc7a6_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_f00615004f2289133393fe2f99ccc7a6_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password_again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password_again"] : "")
    )
});
Bare_comp_f00615004f2289133393fe2f99ccc7a6_b414ee2c.displayName = "Bare";
return Bare_comp_f00615004f2289133393fe2f99ccc7a6_b414ee2c;
})();

export const Cond_comp_2102a01e807af93984969d8d069b5f33_b414ee2c = /*#__PURE__*/ (() => {
const Cond_comp_2102a01e807af93984969d8d069b5f33_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state = useStateContext("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state")
    return(
        (!(((isTrue(reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password_again"]) ? reflex___state____state__digital_family___web___state____session_state__digital_family___web___pages___sign_in____sign_in_state.errors_rx_state_?.["password_again"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2102a01e807af93984969d8d069b5f33_b414ee2c.displayName = "Cond";
return Cond_comp_2102a01e807af93984969d8d069b5f33_b414ee2c;
})();

export const Checkboxinput_input_43509192d8ae455f8fe1e0cd070ec008_b414ee2c = /*#__PURE__*/ (() => {
const Checkboxinput_input_43509192d8ae455f8fe1e0cd070ec008_b414ee2c = memo(({children, ...rest}) => {
    const ref_show_password_invitation = useRef(null); refs["ref_show_password_invitation"] = ref_show_password_invitation;
const on_click_9ac613b8c3f4ca7fc3dcc6d8ffc0b8a9 = useCallback(((_e) => (((...args) => ((() => { const show = document.getElementById('show-password-invitation')?.checked; for (const id of ['invitation-password', 'invitation-password-again']) { const field = document.getElementById(id); if (field) field.type = show ? 'text' : 'password'; } })(({ ["button"] : _e?.["button"], ["buttons"] : _e?.["buttons"], ["client_x"] : _e?.["clientX"], ["client_y"] : _e?.["clientY"], ["alt_key"] : _e?.["altKey"], ["ctrl_key"] : _e?.["ctrlKey"], ["meta_key"] : _e?.["metaKey"], ["shift_key"] : _e?.["shiftKey"] }), ...args)))(_e))), [addEvents, ReflexEvent])
    return(
        jsx("input",{...mergeSlotProps(rest, ({ css:({ ["width"] : "24px", ["height"] : "24px", ["flexShrink"] : "0", ["accentColor"] : "var(--accent-9)" }), id:"show-password-invitation", onClick:on_click_9ac613b8c3f4ca7fc3dcc6d8ffc0b8a9, ref:ref_show_password_invitation, type:"checkbox" }))},)
    )
});
Checkboxinput_input_43509192d8ae455f8fe1e0cd070ec008_b414ee2c.displayName = "CheckboxInput";
return Checkboxinput_input_43509192d8ae455f8fe1e0cd070ec008_b414ee2c;
})();

export const Bare_comp_bbbec5e44e036da3d0b2d5df9bb78dbd_b414ee2c = /*#__PURE__*/ (() => {
const Bare_comp_bbbec5e44e036da3d0b2d5df9bb78dbd_b414ee2c = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["invite.submit"]
    )
});
Bare_comp_bbbec5e44e036da3d0b2d5df9bb78dbd_b414ee2c.displayName = "Bare";
return Bare_comp_bbbec5e44e036da3d0b2d5df9bb78dbd_b414ee2c;
})();

export const Form_root_d473d06427887f4261196304d41687c4_b414ee2c = /*#__PURE__*/ (() => {
const Form_root_d473d06427887f4261196304d41687c4_b414ee2c = memo(({children, ...rest}) => {
    
    const handleSubmit_7a8e0e03ece5a9c441ddd22ab46fbabe = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["invitation_password"] : getRefValue(refs["ref_invitation_password"]), ["invitation_password_again"] : getRefValue(refs["ref_invitation_password_again"]), ["show_password_invitation"] : getRefValue(refs["ref_show_password_invitation"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.digital_family___web___state____session_state.digital_family___web___pages___sign_in____sign_in_state.redeem", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), "data-testid":"invitation-form", onSubmit:handleSubmit_7a8e0e03ece5a9c441ddd22ab46fbabe }))},children)
    )
});
Form_root_d473d06427887f4261196304d41687c4_b414ee2c.displayName = "Form";
return Form_root_d473d06427887f4261196304d41687c4_b414ee2c;
})();

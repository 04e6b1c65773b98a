
import {isTrue} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {jsx} from "@emotion/react"
import {Fragment,memo,useEffect} from "react"






export const Bare_comp_05288d5a4d4fc7555174b73ff1de5c94 = /*#__PURE__*/ (() => {
const Bare_comp_05288d5a4d4fc7555174b73ff1de5c94 = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
const gdsBox = useOutbox();
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.sent"].replaceAll("{n}", (JSON.stringify(gdsBox?.["flushed"])))
    )
});
Bare_comp_05288d5a4d4fc7555174b73ff1de5c94.displayName = "Bare";
return Bare_comp_05288d5a4d4fc7555174b73ff1de5c94;
})();

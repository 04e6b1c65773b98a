
import {isTrue} from "$/utils/state"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useEffect} from "react"






export const Bare_comp_4fc8c23132a6e26e629b9b7b61390e25 = /*#__PURE__*/ (() => {
const Bare_comp_4fc8c23132a6e26e629b9b7b61390e25 = memo(({children}) => {
    const gdsBox = useOutbox();
const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        ((gdsBox?.["n"] > 0) ? reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.kept"].replaceAll("{n}", (JSON.stringify(gdsBox?.["n"]))) : reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.reconnect"])
    )
});
Bare_comp_4fc8c23132a6e26e629b9b7b61390e25.displayName = "Bare";
return Bare_comp_4fc8c23132a6e26e629b9b7b61390e25;
})();

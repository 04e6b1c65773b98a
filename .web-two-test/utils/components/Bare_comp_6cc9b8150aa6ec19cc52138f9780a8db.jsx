
import {isTrue} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useEffect} from "react"






export const Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db = /*#__PURE__*/ (() => {
const Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db = memo(({children}) => {
    const reflex___state____state__digital_family___web___state____session_state = useStateContext("reflex___state____state.digital_family___web___state____session_state")
    return(
        reflex___state____state__digital_family___web___state____session_state.tr_rx_state_?.["offline.banner"]
    )
});
Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db.displayName = "Bare";
return Bare_comp_6cc9b8150aa6ec19cc52138f9780a8db;
})();

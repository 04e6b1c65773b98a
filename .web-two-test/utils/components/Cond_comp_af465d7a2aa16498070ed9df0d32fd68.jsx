
import {isTrue} from "$/utils/state"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {jsx} from "@emotion/react"
import {Fragment,memo,useEffect} from "react"






export const Cond_comp_af465d7a2aa16498070ed9df0d32fd68 = /*#__PURE__*/ (() => {
const Cond_comp_af465d7a2aa16498070ed9df0d32fd68 = memo(({children}) => {
    const gdsBox = useOutbox();
    return(
        ((gdsBox?.["flushed"] > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_af465d7a2aa16498070ed9df0d32fd68.displayName = "Cond";
return Cond_comp_af465d7a2aa16498070ed9df0d32fd68;
})();

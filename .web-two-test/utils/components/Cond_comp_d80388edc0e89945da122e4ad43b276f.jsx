
import {isTrue} from "$/utils/state"
import {useOutbox} from "$/public/external/digital_family/web/components/outbox/outbox.js"
import {Fragment,memo,useContext,useEffect} from "react"
import {EventLoopContext} from "$/utils/context"
import {jsx} from "@emotion/react"






export const Cond_comp_d80388edc0e89945da122e4ad43b276f = /*#__PURE__*/ (() => {
const Cond_comp_d80388edc0e89945da122e4ad43b276f = memo(({children}) => {
    const gdsBox = useOutbox();
const connectErrors = useContext(EventLoopContext)[1];
    return(
        ((gdsBox.offline || gdsBox.late || connectErrors.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d80388edc0e89945da122e4ad43b276f.displayName = "Cond";
return Cond_comp_d80388edc0e89945da122e4ad43b276f;
})();

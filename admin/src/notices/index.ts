import { notice } from "../../../entities/notice";
import { generateViews } from "../resourceViews/resource";
import { NoticeList } from "./NoticeList";

export default generateViews(notice, { list: NoticeList });

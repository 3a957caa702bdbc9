// The drawing side of the printed forms (pdfkit and its font machinery), loaded on the first print only:
// a server that never prints does not carry it (documents.ts imports this lazily).
export { admissionNotices } from "./admissionNotices";
export { certificates } from "./certificates";
export { citySummary } from "./citySummary";
export { FormPdf } from "./layout";
export { nominationForm } from "./nominationForm";
export { techDemandForm } from "./techDemandForm";
export { traineeForm } from "./traineeForm";

/**
 * Services of communication beyond the nine banned messengers (catalogue.ts): other messengers,
 * video calls, file sharing — what a school whose order names the services it *allows* («только
 * отечественные сервисы») must not find in its chats unless they are on its list. Data only, one
 * place; each service by the registrable domains its operator publishes for its links. MAX, VK and
 * Sferum are the rules' own platforms (ALLOWED_PLATFORM_DOMAINS) and never listed here.
 */
import { forEachHost, hostsOfHref } from './link-risks';
import { isHostOf } from './services';

export type CommunicationKind = 'messenger' | 'video' | 'files';

export interface CommunicationService {
  name: string;
  kind: CommunicationKind;
  domains: readonly string[];
}

export const COMMUNICATION_SERVICES: readonly CommunicationService[] = [
  { name: 'Signal', kind: 'messenger', domains: ['signal.me', 'signal.group', 'signal.org'] },
  { name: 'ICQ', kind: 'messenger', domains: ['icq.im', 'icq.com'] },
  { name: 'TamTam', kind: 'messenger', domains: ['tamtam.chat'] },
  { name: 'LINE', kind: 'messenger', domains: ['line.me'] },
  { name: 'Element (Matrix)', kind: 'messenger', domains: ['matrix.to', 'element.io'] },
  { name: 'Zoom', kind: 'video', domains: ['zoom.us', 'zoom.com'] },
  { name: 'Google Meet', kind: 'video', domains: ['meet.google.com'] },
  { name: 'Webex', kind: 'video', domains: ['webex.com'] },
  { name: 'Jitsi Meet', kind: 'video', domains: ['meet.jit.si'] },
  { name: 'Whereby', kind: 'video', domains: ['whereby.com'] },
  { name: 'Яндекс Телемост', kind: 'video', domains: ['telemost.yandex.ru', 'telemost.360.yandex.ru'] },
  { name: 'SaluteJazz', kind: 'video', domains: ['salutejazz.ru', 'jazz.sber.ru'] },
  { name: 'МТС Линк', kind: 'video', domains: ['mts-link.ru', 'webinar.ru'] },
  { name: 'Контур.Толк', kind: 'video', domains: ['ktalk.ru'] },
  { name: 'TrueConf', kind: 'video', domains: ['trueconf.ru', 'trueconf.com'] },
  { name: 'Google Диск', kind: 'files', domains: ['drive.google.com', 'docs.google.com'] },
  { name: 'Dropbox', kind: 'files', domains: ['dropbox.com', 'db.tt'] },
  { name: 'OneDrive', kind: 'files', domains: ['onedrive.live.com', '1drv.ms'] },
  { name: 'MEGA', kind: 'files', domains: ['mega.nz', 'mega.io'] },
  { name: 'WeTransfer', kind: 'files', domains: ['wetransfer.com', 'we.tl'] },
  { name: 'Яндекс Диск', kind: 'files', domains: ['disk.yandex.ru', 'disk.360.yandex.ru', 'yadi.sk'] },
  { name: 'Облако Mail', kind: 'files', domains: ['cloud.mail.ru'] },
];

/** The service a host (lower-case) belongs to, or null. */
export function communicationServiceOfHost(host: string): CommunicationService | null {
  return COMMUNICATION_SERVICES.find((service) => service.domains.some((domain) => isHostOf(host, domain))) ?? null;
}

/** The services of communication a message links to (in its text and its links' addresses), each once, with a host of it. */
export function linkedServices(text: string, hrefs: readonly string[]): { service: CommunicationService; host: string }[] {
  const found: { service: CommunicationService; host: string }[] = [];
  const add = (host: string) => {
    const service = communicationServiceOfHost(host);
    if (service && !found.some((entry) => entry.service === service)) found.push({ service, host });
  };
  forEachHost(text, add);
  for (const href of hrefs) for (const host of hostsOfHref(href)) add(host.toLowerCase());
  return found;
}

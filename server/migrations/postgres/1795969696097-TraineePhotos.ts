import type { MigrationInterface, QueryRunner } from "typeorm";
import { movePhotosBack, movePhotosToArchive } from "../traineePhotos";

/** The photos leave the trainee table for the archive (attachments of kind traineePhoto), then the column goes. */
export class TraineePhotos1795969696097 implements MigrationInterface {
  name = "TraineePhotos1795969696097";

  async up(q: QueryRunner) {
    await movePhotosToArchive(q);
    await q.query('ALTER TABLE "trainee" DROP COLUMN "photo"');
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "trainee" ADD "photo" text');
    await movePhotosBack(q);
  }
}
